package org.policytracker.order;

import org.policytracker.collab.ItemNotFoundException;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.ItemResolver;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.ResolvedItem;
import org.springframework.stereotype.Component;

/** Directives for comments and activity: shared reference data, seen by everyone. */
@Component
class DirectiveItems implements ItemResolver {

    private final OrderService orders;

    DirectiveItems(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public ItemType type() {
        return ItemType.DIRECTIVE;
    }

    @Override
    public ResolvedItem find(long id) {
        ItemRef ref = ItemRef.directive(id);
        return orders.directive(id)
                .map(d -> new ResolvedItem(ref, null, d.id(), d.orderCode() + " " + d.code() + " " + d.title()))
                .orElseThrow(() -> new ItemNotFoundException(ref));
    }

    @Override
    public String route(long id) {
        return "directives/" + id;
    }
}
