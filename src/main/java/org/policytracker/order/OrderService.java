package org.policytracker.order;

import java.util.List;
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
            String leadAgency, java.time.LocalDate deadline, Basis deadlineBasis, Priority priority) {
    }

    @Transactional(readOnly = true)
    public List<ExecutiveOrder> orders() {
        return orders.findAllByOrderBySignedOnDesc();
    }

    @Transactional(readOnly = true)
    public List<DirectiveRow> directives() {
        return directives.findAllWithOrderAndLead().stream().map(d -> new DirectiveRow(d.getId(),
                d.getOrder().getCode(), d.getCode(), d.getTitle(), d.getKind(), d.getLeadAgency().getName(),
                d.getDeadline(), d.getDeadlineBasis(), d.getPriority())).toList();
    }
}
