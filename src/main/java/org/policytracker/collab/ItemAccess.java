package org.policytracker.collab;

import java.util.List;
import org.policytracker.order.OrderService;
import org.policytracker.security.AppUser;
import org.policytracker.security.AppUserRepository;
import org.policytracker.security.Role;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskService;
import org.policytracker.uptake.ReportReviewService;
import org.springframework.stereotype.Component;

/**
 * Finds an item the way its own feature does (so another agency's task is "not found" here too) and
 * says who may see it: everyone for shared items, else the owning tenant plus oversight viewers and
 * administrators (and, for a report, program managers of the agency that reviews it).
 */
@Component
class ItemAccess {

    private final TaskService tasks;
    private final OrderService orders;
    private final ReportReviewService reports;
    private final AppUserRepository users;

    ItemAccess(TaskService tasks, OrderService orders, ReportReviewService reports, AppUserRepository users) {
        this.tasks = tasks;
        this.orders = orders;
        this.reports = reports;
        this.users = users;
    }

    /**
     * An item as collaboration needs it: owning tenant (null when shared), the agency whose program
     * managers review it (reports only), directive, title.
     */
    record Item(ItemRef ref, String tenantId, String reviewingAgency, Long directiveId, String title) {

        Item(ItemRef ref, String tenantId, Long directiveId, String title) {
            this(ref, tenantId, null, directiveId, title);
        }
    }

    Item find(ItemRef ref) {
        return switch (ref.type()) {
            case TASK -> {
                TaskRow task = tasks.row(ref.id());
                yield new Item(ref, task.agency(), task.directiveId(), task.title());
            }
            case DIRECTIVE -> orders.directive(ref.id())
                    .map(d -> new Item(ref, null, d.id(), d.orderCode() + " " + d.code() + " " + d.title()))
                    .orElseThrow(() -> new ItemNotFoundException(ref));
            case REPORT -> reports.subject(ref.id())
                    .map(report -> new Item(ref, report.association(), report.leadAgency(), null, report.label()))
                    .orElseThrow(() -> new ItemNotFoundException(ref));
        };
    }

    List<AppUser> whoMaySee(Item item) {
        return users.findAll().stream().filter(user -> item.tenantId() == null
                || item.tenantId().equals(user.getTenantId()) || user.getRoles().contains(Role.OVERSIGHT_VIEWER)
                || user.getRoles().contains(Role.ADMIN)
                || user.getRoles().contains(Role.PROGRAM_MANAGER) && user.getTenantId().equals(item.reviewingAgency()))
                .toList();
    }
}
