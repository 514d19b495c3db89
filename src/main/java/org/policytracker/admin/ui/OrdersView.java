package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderAdministration.OrderState;

/** The orders under tracking, each opening its editor (with its directives); a new order starts here. */
@Route("admin/orders")
@PageTitle("Orders | Policy Tracker")
@RolesAllowed("ADMIN")
class OrdersView extends VerticalLayout {

    OrdersView(OrderAdministration administration) {
        add(new H1("Orders"));
        add(new Paragraph("Every order under tracking. Open one to edit it and its directives, or enter a new one."));
        Button create = new Button("New order", click -> getUI().ifPresent(ui -> ui.navigate(OrderEditorView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create);

        var orders = administration.orders();
        if (orders.isEmpty()) {
            add(new Paragraph("No order is entered yet."));
            return;
        }
        Grid<OrderState> grid = new Grid<>();
        grid.setAriaLabel("Orders");
        // the title is the link, in the widest column: a link filling a narrow first cell left the grid's
        // keyboard-focusable cell around it too little room to be a target of its own (axe target-size)
        grid.addColumn(OrderState::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(order -> order.number() == null ? "—" : order.number()).setHeader("Number").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(order -> new RouterLink(order.title(), OrderEditorView.class, order.code()))
                .setHeader("Title").setFlexGrow(3);
        grid.addColumn(order -> order.signedOn() == null ? "not signed" : order.signedOn().toString())
                .setHeader("Signed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(order -> order.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(orders);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
