package org.policytracker.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.policytracker.task.DirectiveChangeFlags;
import org.policytracker.task.TaskHistory;
import org.policytracker.task.TaskNotFoundException;
import org.policytracker.task.TaskQueries.TaskDetails;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.ui.Facts;
import org.policytracker.ui.PercentBar;
import org.policytracker.ui.StatusBadge;
import org.policytracker.ui.Timestamps;

/**
 * One task, read-only: its values, progress, milestones, evidence, progress updates and change
 * history, with no control that changes anything. Where the gap dashboard's drill-down sends
 * oversight viewers and administrators (any agency's task, through the cross-tenant reader); program
 * managers may open their own agency's tasks here too, with a link to the editor.
 */
@Route("tasks/:id/view")
@PageTitle("Task (read-only) | Policy Tracker")
@RolesAllowed({"OVERSIGHT_VIEWER", "ADMIN", "PROGRAM_MANAGER"})
class TaskReadOnlyView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskQueries tasks;
    private final TaskHistory history;
    private final CurrentUser currentUser;
    private final TaskUpdateRequests updateRequests;
    private final DirectiveChangeFlags directiveChanges;
    private final People people;

    TaskReadOnlyView(TaskQueries tasks, TaskHistory history, CurrentUser currentUser,
            TaskUpdateRequests updateRequests, DirectiveChangeFlags directiveChanges, People people) {
        this.directiveChanges = directiveChanges;
        this.people = people;
        this.tasks = tasks;
        this.history = history;
        this.currentUser = currentUser;
        this.updateRequests = updateRequests;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TaskDetails task;
        List<TaskHistory.Change> changes;
        List<DirectiveChangeFlag> directiveChanged;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            task = tasks.details(id);
            changes = tasks.readAsAllowed(() -> history.of(id));
            directiveChanged = tasks.readAsAllowed(() -> directiveChanges.unseen(id));
        } catch (NumberFormatException | TaskNotFoundException missing) {
            add(new H1("Task not found"), new Paragraph("There is no such task that you may read. It may belong to "
                    + "another agency, or the link may be mistyped."));
            return;
        }
        TaskRow row = task.row();
        add(new H1(row.title()), new Anchor("directives/" + row.directiveId(), row.orderCode() + " "
                + row.directiveCode() + " — " + row.directiveTitle()), TaskParts.directiveChanged(directiveChanged));
        if (currentUser.hasAnyRole(Role.PROGRAM_MANAGER)) {
            add(new RouterLink("Edit this task", TaskEditorView.class, new RouteParameters("id", String.valueOf(row.id()))));
        } else {
            add(new Paragraph("Read-only: the program managers of " + task.agencyName() + " keep this task up to date."));
        }
        add(new UpdateRequestsPanel(updateRequests, row, currentUser.require()), facts(task), milestones(task),
                evidence(task), progressUpdates(task), history(changes));
    }

    private static Component facts(TaskDetails task) {
        TaskRow row = task.row();
        TaskSnapshot values = task.values();
        Facts facts = new Facts();
        facts.fact("Agency", new Span(task.agencyName()));
        facts.fact("Status", StatusBadge.of(values.status()));
        facts.fact("Progress", PercentBar.of(values.percentComplete()));
        facts.fact("Owner", new Span(row.ownerName().isEmpty() ? "nobody yet" : row.ownerName()));
        facts.fact("Start date", new Span(orNone(values.startOn())));
        Span due = new Span(orNone(values.dueOn()) + (row.overdue() ? " (overdue)" : ""));
        if (row.overdue()) {
            due.addClassName("overdue");
        }
        facts.fact("Due date", due);
        facts.fact("Completed on", new Span(orNone(values.completedOn())));
        if (values.statusReason() != null && !values.statusReason().isBlank()) {
            facts.fact("Reason", new Span(values.statusReason()));
        }
        facts.fact("Description", new Span(values.description() == null || values.description().isBlank()
                ? "none" : values.description()));
        Span activity = new Span(Timestamps.format(row.lastActivityAt()) + (row.stale() ? " (stale)" : ""));
        if (row.stale()) {
            activity.addClassName("stale");
        }
        facts.fact("Last activity", activity);
        facts.fact("Last saved", new Span("by " + values.updatedBy() + " at " + Timestamps.format(values.updatedAt())));
        return facts;
    }

    private static String orNone(Object value) {
        return value == null ? "none" : value.toString();
    }

    private static Component milestones(TaskDetails task) {
        UnorderedList list = new UnorderedList();
        task.milestones().forEach(milestone -> list.add(new ListItem(milestone.getTitle()
                + (milestone.getDueOn() == null ? "" : " (due " + milestone.getDueOn() + ")") + ": "
                + (milestone.isDone() ? "done" : "open"))));
        return section("Milestones", task.milestones().isEmpty() ? new Paragraph("No milestones.") : list);
    }

    private static Component evidence(TaskDetails task) {
        return section("Evidence", task.evidence().isEmpty() ? new Paragraph("No evidence linked.")
                : TaskParts.evidence(task.evidence()));
    }

    private Component progressUpdates(TaskDetails task) {
        return section("Progress updates", task.progressUpdates().isEmpty() ? new Paragraph("No progress updates.")
                : TaskParts.progressUpdates(task.progressUpdates(), people));
    }

    private Component history(List<TaskHistory.Change> changes) {
        return section("History", changes.isEmpty() ? new Paragraph("No recorded change.")
                : TaskParts.history(changes, people));
    }

    private static Component section(String title, Component content) {
        VerticalLayout section = new VerticalLayout(new H2(title), content);
        section.setPadding(false);
        return section;
    }
}
