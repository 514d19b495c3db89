package org.policytracker.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.order.DirectiveSection;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.task.DirectiveProgress.AgencyProgress;
import org.policytracker.task.DirectiveProgress;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskStatus;
import org.policytracker.ui.Labels;
import org.policytracker.ui.PercentBar;
import org.policytracker.ui.StatusBadge;

/**
 * The tasks on a directive, on the directive's page: the user's own agency's tasks in full, every
 * agency's pace as aggregates (oversight viewers and administrators see every agency's tasks,
 * read-only); shown again whenever a task of the directive changes.
 */
@org.springframework.stereotype.Component
class DirectiveTasksSection implements DirectiveSection {

    private final DirectiveProgress tasks;
    private final CurrentUser currentUser;
    private final LiveUpdates live;

    DirectiveTasksSection(DirectiveProgress tasks, CurrentUser currentUser, LiveUpdates live) {
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.live = live;
    }

    @Override
    public Component of(long directiveId) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        show(section, directiveId);
        live.follow(section, event -> event.kind() == ChangeEvent.Kind.UPDATED
                && Long.valueOf(directiveId).equals(event.directiveId()), event -> show(section, directiveId));
        return section;
    }

    private void show(VerticalLayout section, long directiveId) {
        section.removeAll();
        boolean oversight = currentUser.readsAcrossTenants();
        if (oversight || currentUser.hasAnyRole(Role.PROGRAM_MANAGER)) {
            List<TaskRow> rows = tasks.tasksOfDirective(directiveId);
            section.add(new H2(oversight ? "Every agency's tasks (read-only)"
                    : "My agency's tasks on this directive"));
            section.add(rows.isEmpty() ? new Paragraph(oversight
                    ? "No agency has a task on this directive yet."
                    : "Your agency has no task on this directive. Create one from \"My agency's tasks\".")
                    : taskGrid(rows, oversight));
        }
        List<AgencyProgress> progress = tasks.progressByAgency(directiveId);
        section.add(new H2("Progress of every agency"), new Paragraph("Counts by status and mean percent "
                + "complete of each agency's tasks on this directive; other agencies' task records stay with them."));
        section.add(progress.isEmpty() ? new Paragraph("No agency has a task on this directive yet.")
                : progressGrid(progress));
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
        grid.addComponentColumn(row -> StatusBadge.of(row.status())).setHeader("Status").setAutoWidth(true)
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
            grid.addColumn(row -> row.countByStatus().getOrDefault(status, 0L)).setHeader(Labels.of(status))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addComponentColumn(row -> PercentBar.of((int) Math.round(row.meanPercent()))).setHeader("Mean complete")
                .setWidth("11rem").setFlexGrow(0);
        grid.setItems(progress);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
