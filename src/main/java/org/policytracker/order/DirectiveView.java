package org.policytracker.order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policytracker.collab.ActivityFeed;
import org.policytracker.collab.ActivityService;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.CommentService;
import org.policytracker.collab.CommentsPanel;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.order.OrderService.DirectiveDetails;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.shell.PercentBar;
import org.policytracker.shell.StatusBadge;
import org.policytracker.task.TaskEditorView;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskService;
import org.policytracker.task.TaskService.AgencyProgress;
import org.policytracker.task.TaskStatus;

/**
 * One directive: what it asks, of whom and by when; the user's own agency's tasks on it in full;
 * every agency's pace on it as aggregates. Oversight viewers and administrators see every agency's
 * tasks, read-only.
 */
@Route("directives/:id")
@PageTitle("Directive | Policy Tracker")
@PermitAll
public class DirectiveView extends VerticalLayout implements BeforeEnterObserver {

    private final OrderService orders;
    private final TaskService tasks;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final CommentService comments;
    private final ActivityService activity;
    private final VerticalLayout progressSections = new VerticalLayout();
    private Long shownDirective;

    DirectiveView(OrderService orders, TaskService tasks, CurrentUser currentUser, LiveUpdates live,
            CommentService comments, ActivityService activity) {
        this.orders = orders;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.live = live;
        this.comments = comments;
        this.activity = activity;
        setMaxWidth("80rem");
        progressSections.setPadding(false);
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.UPDATED && shownDirective != null
                && shownDirective.equals(event.directiveId()), event -> showProgress(shownDirective));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new RouterLink("← All directives", DirectivesView.class));
        Optional<DirectiveDetails> found = event.getRouteParameters().get("id").flatMap(DirectiveView::parse)
                .flatMap(orders::directive);
        if (found.isEmpty()) {
            add(new H2("Directive not found"), new Paragraph("There is no such directive. Choose one from the list."));
            return;
        }
        DirectiveDetails directive = found.get();
        add(new H2(directive.orderCode() + " " + directive.code() + " — " + directive.title()), facts(directive));
        if (directive.summary() != null) {
            add(new Paragraph(directive.summary()));
        }
        shownDirective = directive.id();
        showProgress(directive.id());
        add(progressSections, new CommentsPanel(comments, live, ItemRef.directive(directive.id())),
                new H3("Activity on this directive"),
                new ActivityFeed(() -> activity.feedOfDirective(directive.id()), live));
    }

    /** The task sections, shown again whenever a task of this directive changes. */
    private void showProgress(long directiveId) {
        progressSections.removeAll();
        boolean oversight = currentUser.hasAnyRole(Role.OVERSIGHT_VIEWER, Role.ADMIN);
        if (oversight || currentUser.hasAnyRole(Role.PROGRAM_MANAGER)) {
            List<TaskRow> rows = tasks.tasksOfDirective(directiveId);
            progressSections.add(new H3(oversight ? "Every agency's tasks (read-only)"
                    : "My agency's tasks on this directive"));
            progressSections.add(rows.isEmpty() ? new Paragraph(oversight
                    ? "No agency has a task on this directive yet."
                    : "Your agency has no task on this directive. Create one from \"My agency's tasks\".")
                    : taskGrid(rows, oversight));
        }
        List<AgencyProgress> progress = tasks.progressByAgency(directiveId);
        progressSections.add(new H3("Progress of every agency"), new Paragraph("Counts by status and mean percent "
                + "complete of each agency's tasks on this directive; other agencies' task records stay with them."));
        progressSections.add(progress.isEmpty() ? new Paragraph("No agency has a task on this directive yet.")
                : progressGrid(progress));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Component facts(DirectiveDetails directive) {
        DescriptionList facts = new DescriptionList();
        facts.add(new DescriptionList.Term("Order"), new DescriptionList.Description(directive.orderTitle()));
        facts.add(new DescriptionList.Term("Kind"), new DescriptionList.Description(label(directive.kind())));
        facts.add(new DescriptionList.Term("Lead agency"), new DescriptionList.Description(directive.leadAgency()));
        facts.add(new DescriptionList.Term("Supporting agencies"), new DescriptionList.Description(
                directive.supportingAgencies().isEmpty() ? "none named" : String.join(", ",
                        directive.supportingAgencies())));
        facts.add(new DescriptionList.Term("Deadline"),
                new DescriptionList.Description(deadline(directive.deadline(), directive.deadlineBasis())));
        facts.add(new DescriptionList.Term("Priority"), new DescriptionList.Description(label(directive.priority())));
        if (directive.source() != null && directive.source().startsWith("http")) {
            Anchor source = new Anchor(directive.source(), directive.source(), AnchorTarget.BLANK);
            facts.add(new DescriptionList.Term("Source"), new DescriptionList.Description(source));
        } else if (directive.source() != null) {
            facts.add(new DescriptionList.Term("Source"), new DescriptionList.Description(directive.source()));
        }
        facts.addClassName("facts");
        return facts;
    }

    private static Grid<TaskRow> taskGrid(List<TaskRow> rows, boolean readOnly) {
        Grid<TaskRow> grid = new Grid<>();
        grid.setAriaLabel("Tasks on this directive");
        if (readOnly) {
            grid.addColumn(TaskRow::agency).setHeader("Agency").setAutoWidth(true).setFlexGrow(0).setSortable(true);
            grid.addColumn(TaskRow::title).setHeader("Task").setFlexGrow(3).setSortable(true);
        } else {
            grid.addComponentColumn(row -> new RouterLink(row.title(), TaskEditorView.class,
                    new RouteParameters("id", String.valueOf(row.id())))).setHeader("Task").setFlexGrow(3);
        }
        grid.addComponentColumn(row -> StatusBadge.of(row.status().name())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(row -> PercentBar.of(row.percentComplete())).setHeader("Complete").setWidth("11rem")
                .setFlexGrow(0);
        grid.addColumn(row -> row.dueOn() == null ? "—" : row.dueOn() + (row.overdue() ? " (overdue)" : ""))
                .setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskRow::ownerName).setHeader("Owner").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Grid<AgencyProgress> progressGrid(List<AgencyProgress> progress) {
        Grid<AgencyProgress> grid = new Grid<>();
        grid.setAriaLabel("Progress of every agency");
        grid.addColumn(AgencyProgress::agencyName).setHeader("Agency").setAutoWidth(true).setSortable(true);
        grid.addColumn(AgencyProgress::taskCount).setHeader("Tasks").setAutoWidth(true).setFlexGrow(0);
        for (TaskStatus status : TaskStatus.values()) {
            grid.addColumn(row -> row.countByStatus().getOrDefault(status, 0L)).setHeader(label(status))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(row -> PercentBar.of((int) Math.round(row.meanPercent()))).setHeader("Mean complete")
                .setWidth("11rem").setFlexGrow(0);
        grid.setItems(progress);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String label(Enum<?> value) {
        String words = value.name().replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String deadline(LocalDate deadline, Basis basis) {
        if (deadline == null) {
            return "none set";
        }
        return deadline + (basis == Basis.ASSUMED ? " (assumed: the order's text does not state it)" : " (stated)");
    }
}
