package org.policytracker.order;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policytracker.order.repository.DirectiveRepository;
import org.policytracker.order.repository.ExecutiveOrderRepository;
import org.policytracker.tenant.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Orders and their directives (shared reference data, readable by everyone signed in). */
@Service
public class OrderService {

    private final ExecutiveOrderRepository orders;
    private final DirectiveRepository directives;

    OrderService(ExecutiveOrderRepository orders, DirectiveRepository directives) {
        this.orders = orders;
        this.directives = directives;
    }

    /** One line per directive, with its order and lead agency. */
    public record DirectiveRow(long id, String orderCode, String code, String title, DirectiveKind kind,
            String leadAgency, LocalDate deadline, Basis deadlineBasis, Priority priority, boolean retired) {
    }

    @Transactional(readOnly = true)
    public List<ExecutiveOrder> orders() {
        return orders.findAllByOrderBySignedOnDesc();
    }

    @Transactional(readOnly = true)
    public List<DirectiveRow> directives() {
        return directives.findAllWithOrderAndLead().stream().map(d -> new DirectiveRow(d.getId(),
                d.getOrder().getCode(), d.getCode(), d.getTitle(), d.getKind(), d.getLeadAgency().getName(),
                d.getDeadline(), d.getDeadlineBasis(), d.getPriority(), d.isRetired())).toList();
    }

    /** The directives new work may start on: every one except the retired. */
    @Transactional(readOnly = true)
    public List<DirectiveRow> directivesOpenForWork() {
        return directives().stream().filter(row -> !row.retired()).toList();
    }

    /** The directive itself, for an entity of another module that refers to it (a task carries out a directive). */
    public Optional<Directive> findDirective(long id) {
        return directives.findById(id);
    }

    /** Everything about one directive that the directive page shows. */
    public record DirectiveDetails(long id, String orderCode, String orderTitle, String code, String title,
            String summary, DirectiveKind kind, String leadAgencyId, String leadAgency,
            List<String> supportingAgencies, LocalDate deadline, Basis deadlineBasis,
            Priority priority, String source, boolean retired) {
    }

    @Transactional(readOnly = true)
    public Optional<DirectiveDetails> directive(long id) {
        return directives.findById(id).map(d -> new DirectiveDetails(d.getId(), d.getOrder().getCode(),
                d.getOrder().getTitle(), d.getCode(), d.getTitle(), d.getSummary(), d.getKind(),
                d.getLeadAgency().getId(), d.getLeadAgency().getName(),
                d.getSupportingAgencies().stream().map(Tenant::getName).sorted().toList(),
                d.getDeadline(), d.getDeadlineBasis(), d.getPriority(), d.getSource(), d.isRetired()));
    }
}
