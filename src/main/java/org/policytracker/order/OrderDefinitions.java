package org.policytracker.order;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policytracker.order.repository.DirectiveRepository;
import org.policytracker.order.repository.ExecutiveOrderRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An order's definition as a whole (the order with its sources and versions, and its directives), read
 * and written by the order configuration import and export of the admin module, inside the caller's
 * transaction: the caller checks who may do it and records each change.
 */
@Service
public class OrderDefinitions {

    private final ExecutiveOrderRepository orders;
    private final DirectiveRepository directives;

    OrderDefinitions(ExecutiveOrderRepository orders, DirectiveRepository directives) {
        this.orders = orders;
        this.directives = directives;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<ExecutiveOrder> order(String code) {
        return orders.findByCode(code);
    }

    /** The order's directives in their order (position), retired ones included. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Directive> directives(ExecutiveOrder order) {
        return directives.findByOrderOrderByPositionAscCodeAsc(order);
    }

    /** Puts the directive at a place (from 0) in its order's list; the caller places the others. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void place(Directive directive, int position) {
        directive.moveTo(position);
    }

    /** Retires the directive as of the given instant (kept, read-only, closed to new work). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void retire(Directive directive, Instant at) {
        directive.retire(at);
    }

    /**
     * Recomputes the deadlines given relative to signing of the order's directives from its (new) signed
     * date; answers the directives whose date moved.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Directive> followSigning(ExecutiveOrder order) {
        List<Directive> moved = new ArrayList<>();
        for (Directive directive : directives(order)) {
            LocalDate was = directive.getDeadline();
            directive.followSigning(order.getSignedOn());
            if (!Objects.equals(was, directive.getDeadline())) {
                moved.add(directive);
            }
        }
        return moved;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ExecutiveOrder save(ExecutiveOrder order) {
        return orders.save(order);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Directive save(Directive directive) {
        return directives.save(directive);
    }
}
