package org.policytracker.order.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.order.OrderService;
import org.policytracker.ui.Labels;
import org.policytracker.ui.StatusBadge;

/** Every order's directives, each linking to its page. Reference data: everyone signed in reads it. */
@Route("directives")
@Menu(title = "Directives", order = 2, icon = "vaadin:list")
@PageTitle("Directives | Policy Tracker")
@PermitAll
class DirectivesView extends VerticalLayout {

    DirectivesView(OrderService orders) {
        setSizeFull();
        add(new H1("Directives"));
        List<DirectiveRow> rows = orders.directives();
        if (rows.isEmpty()) {
            add(new Paragraph("No order has been entered yet. An administrator adds orders and their directives."));
            return;
        }
        add(new Paragraph("What each order directs, who leads it and by when. Open a directive to see its tasks "
                + "and how every agency progresses on it."));
        Grid<DirectiveRow> grid = new Grid<>();
        grid.setAriaLabel("Directives");
        // every column has a width and its text wraps, so all fit a 1366 px screen and the title keeps the most room
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> row.orderCode() + " " + row.code()).setHeader("Code").setWidth("8rem").setFlexGrow(0)
                .setSortable(true);
        grid.addComponentColumn(DirectivesView::directive).setHeader("Directive").setWidth("18rem").setFlexGrow(3)
                .setComparator(DirectiveRow::title).setTooltipGenerator(DirectiveRow::title);
        // wide enough for its longest word, "Coordination", which cannot wrap
        grid.addColumn(row -> Labels.of(row.kind())).setHeader("Kind").setWidth("9.5rem").setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(DirectiveRow::leadAgency).setHeader("Lead agency").setWidth("11rem").setFlexGrow(1)
                .setSortable(true);
        grid.addColumn(row -> DirectiveView.deadline(row.deadline(), row.deadlineBasis())).setHeader("Deadline")
                .setWidth("10rem").setFlexGrow(1).setComparator(DirectiveRow::deadline);
        grid.addColumn(row -> Labels.of(row.priority())).setHeader("Priority").setWidth("6.5rem")
                .setFlexGrow(0).setSortable(true);
        grid.setItems(rows);
        grid.setSizeFull();
        addAndExpand(grid);
    }

    /** The directive's title linking to its page, and "retired" beside it when it takes no new work. */
    private static Span directive(DirectiveRow row) {
        Span cell = new Span(new RouterLink(row.title(), DirectiveView.class,
                new RouteParameters("id", String.valueOf(row.id()))));
        if (row.retired()) {
            cell.add(new Span(" "), StatusBadge.of("RETIRED"));
        }
        return cell;
    }
}
