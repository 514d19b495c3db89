package org.policytracker.collab;

import java.util.List;
import org.policytracker.order.OrderService;
import org.policytracker.security.AppUser;
import org.policytracker.security.AppUserRepository;
import org.policytracker.security.Role;
import org.policytracker.task.TaskNotFoundException;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskService;
import org.springframework.stereotype.Component;

/**
 * Finds an item the way its own feature does (so another agency's task is "not found" here too) and
 * says who may see it: everyone for shared items, else the owning tenant plus oversight viewers and
 * administrators.
 */
@Component
class ItemAccess {

    private final TaskService tasks;
    private final OrderService orders;
    private final AppUserRepository users;

    ItemAccess(TaskService tasks, OrderService orders, AppUserRepository users) {
        this.tasks = tasks;
        this.orders = orders;
        this.users = users;
    }

    /** An item as collaboration needs it: owning tenant (null when shared), directive, title. */
    record Item(ItemRef ref, String tenantId, Long directiveId, String title) {
    }

    Item find(ItemRef ref) {
        return switch (ref.type()) {
            case TASK -> {
                TaskRow task = tasks.row(ref.id());
                yield new Item(ref, task.agency(), task.directiveId(), task.title());
            }
            case DIRECTIVE -> orders.directive(ref.id())
                    .map(d -> new Item(ref, null, d.id(), d.orderCode() + " " + d.code() + " " + d.title()))
                    .orElseThrow(() -> new TaskNotFoundException(ref.id()));
        };
    }

    List<AppUser> whoMaySee(Item item) {
        return users.findAll().stream().filter(user -> item.tenantId() == null
                || item.tenantId().equals(user.getTenantId()) || user.getRoles().contains(Role.OVERSIGHT_VIEWER)
                || user.getRoles().contains(Role.ADMIN)).toList();
    }
}
