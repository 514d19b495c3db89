package org.policytracker.gap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** Landing view of oversight viewers: how far each directive's tasks have come, across all agencies. */
@Route("gaps")
@PageTitle("Gap overview | Policy Tracker")
@RolesAllowed({"OVERSIGHT_VIEWER", "ADMIN"})
public class GapOverviewView extends VerticalLayout {

    GapOverviewView(GapOverviewService gaps) {
        setSizeFull();
        add(new H2("Gap overview"));
        List<DirectiveProgress> rows = gaps.directiveProgress();
        if (rows.isEmpty()) {
            add(new Paragraph("No order is tracked yet. An administrator adds an order and its directives; "
                    + "agencies then add the tasks that carry them out."));
            return;
        }
        add(new Paragraph("Execution is the mean percent complete of a directive's tasks across all agencies "
                + "(0-100). Overdue counts open tasks whose due date has passed."));
        Grid<DirectiveProgress> grid = new Grid<>();
        grid.setAriaLabel("Execution by directive");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(row -> row.orderCode() + " " + row.directiveCode()).setHeader("Directive").setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(DirectiveProgress::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(DirectiveProgress::leadAgency).setHeader("Lead agency").setFlexGrow(2);
        grid.addColumn(DirectiveProgress::taskCount).setHeader("Tasks").setWidth("6rem").setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(row -> String.format(Locale.ROOT, "%.1f", row.execution())).setHeader("Execution")
                .setWidth("8rem").setFlexGrow(0).setComparator(DirectiveProgress::execution);
        grid.addColumn(DirectiveProgress::overdueOpenTasks).setHeader("Overdue").setWidth("7rem").setFlexGrow(0)
                .setSortable(true);
        grid.setItems(rows);
        grid.setSizeFull();
        addAndExpand(grid);
    }
}
