package org.policytracker.order;

import java.util.List;
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

    /** The order's directives in the order they were added. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Directive> directives(ExecutiveOrder order) {
        return directives.findByOrderOrderById(order);
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
