package org.policytracker.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.policytracker.shell.StatusBadge;

/** Landing view of program managers: their agency's tasks. */
@Route("tasks")
@PageTitle("My agency's tasks | Policy Tracker")
@RolesAllowed("PROGRAM_MANAGER")
public class MyTasksView extends VerticalLayout {

    MyTasksView(TaskService tasks) {
        setSizeFull();
        List<TaskRow> rows = tasks.myTasks();
        add(new H2("My agency's tasks"));
        if (rows.isEmpty()) {
            add(new Paragraph("Your agency has no tasks yet. Tasks carry out the directives of an order: "
                    + "each one names the directive it serves, an owner, a due date and its progress."));
            return;
        }
        long overdue = rows.stream().filter(TaskRow::overdue).count();
        add(new Paragraph(rows.size() + " tasks, " + overdue + " overdue."));

        Grid<TaskRow> grid = new Grid<>();
        grid.setAriaLabel("Tasks of my agency");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.orderCode() + " " + row.directiveCode()).setHeader("Directive").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(TaskRow::title).setHeader("Task").setFlexGrow(3).setSortable(true);
        grid.addComponentColumn(row -> StatusBadge.of(row.status().name())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0).setComparator(TaskRow::status);
        grid.addComponentColumn(MyTasksView::progress).setHeader("Complete").setWidth("11rem").setFlexGrow(0)
                .setComparator(TaskRow::percentComplete);
        grid.addComponentColumn(MyTasksView::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0)
                .setComparator(TaskRow::dueOn);
        grid.addColumn(TaskRow::ownerUsername).setHeader("Owner").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.setItems(rows);
        grid.setSizeFull();
        addAndExpand(grid);
    }

    private static HorizontalLayout progress(TaskRow row) {
        ProgressBar bar = new ProgressBar(0, 100, row.percentComplete());
        bar.setWidth("6rem");
        bar.getElement().setAttribute("aria-label", row.percentComplete() + " percent complete");
        HorizontalLayout cell = new HorizontalLayout(bar, new Span(row.percentComplete() + " %"));
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private static Span due(TaskRow row) {
        Span due = new Span(row.dueOn() == null ? "—" : row.dueOn().toString());
        if (row.overdue()) {
            due.setText(row.dueOn() + " (overdue)");
            due.addClassName("overdue");
        }
        return due;
    }
}
