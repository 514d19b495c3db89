package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.order.OrderService;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Labels;
import org.policytracker.ui.NarrowScreen;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingPeriod;
import org.policytracker.uptake.ReportingPeriodService;
import org.policytracker.uptake.ReportingService;

/** Landing view of administrators: the orders, directives, tenants and reporting periods configured. */
@Route("admin")
@Menu(title = "Administration", order = 7, icon = "vaadin:cog")
@PageTitle("Administration | Policy Tracker")
@RolesAllowed("ADMIN")
public class AdministrationView extends VerticalLayout {

    AdministrationView(OrderService orders, TenantService tenants, ReportingService reporting,
            ReportingPeriodService periodService) {
        add(new H1("Administration"));
        add(new Paragraph("Set up and run what Policy Tracker follows:"));
        add(new UnorderedList(
                new ListItem(new RouterLink("Orders and directives: enter and edit them", OrdersView.class)),
                new ListItem(new RouterLink("Order configuration: export or import an order as a file",
                        OrderConfigurationView.class)),
                new ListItem(new RouterLink("Sectors", SectorAdministrationView.class)),
                new ListItem(new RouterLink("Voluntary measures", MeasureAdministrationView.class)),
                new ListItem(new RouterLink("Reporting periods", PeriodAdministrationView.class)),
                new ListItem(new RouterLink("Organisations", OrganisationAdministrationView.class)),
                new ListItem(new RouterLink("People: invite, change role or organisation, deactivate",
                        PeopleView.class)),
                new ListItem(new Anchor("admin/order-text", "Import an order from its text: find its directives, review, confirm")),
                new ListItem(new Anchor("outbox", "Outbox: the e-mail sent and waiting")),
                new ListItem(new Anchor("administration-history", "Administration history: who changed what")),
                new ListItem(new Anchor("sign-in-audit", "Sign-in audit"))));

        add(new H2("Directives"));
        var directives = orders.directives();
        if (directives.isEmpty()) {
            add(new Paragraph("No order is configured yet. Load an order's directives to start tracking it."));
        } else {
            Grid<DirectiveRow> grid = new Grid<>();
            grid.setAriaLabel("Directives");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            grid.addColumn(row -> row.orderCode() + " " + row.code()).setHeader("Directive").setWidth("9rem").setFlexGrow(0);
            grid.addColumn(DirectiveRow::title).setHeader("Title").setFlexGrow(3).setTooltipGenerator(DirectiveRow::title);
            Grid.Column<DirectiveRow> kind = grid.addColumn(row -> Labels.of(row.kind())).setHeader("Kind").setAutoWidth(true);
            Grid.Column<DirectiveRow> lead = grid.addColumn(DirectiveRow::leadAgency).setHeader("Lead agency").setAutoWidth(true);
            Grid.Column<DirectiveRow> deadline = grid.addColumn(row -> row.deadline() == null ? "—" : row.deadline() + " ("
                    + Labels.of(row.deadlineBasis()).toLowerCase() + ")").setHeader("Deadline").setAutoWidth(true);
            grid.setItems(directives);
            grid.setAllRowsVisible(true);
            // on a phone: which directive and its title; its page (Orders and directives) has the rest
            NarrowScreen.follow(this, narrow -> List.of(kind, lead, deadline).forEach(c -> c.setVisible(!narrow)));
            add(grid);
        }

        add(new H2("Tenants"));
        Grid<Tenant> tenantGrid = new Grid<>();
        tenantGrid.setAriaLabel("Tenants");
        tenantGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tenantGrid.addColumn(Tenant::getId).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        tenantGrid.addColumn(tenant -> Labels.of(tenant.getKind())).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        tenantGrid.addColumn(Tenant::getName).setHeader("Name");
        tenantGrid.setItems(tenants.all());
        tenantGrid.setAllRowsVisible(true);
        add(tenantGrid);

        add(new H2("Reporting periods"));
        Grid<ReportingPeriod> periodGrid = new Grid<>();
        periodGrid.setAriaLabel("Reporting periods");
        periodGrid.addColumn(ReportingPeriod::getCode).setHeader("Period").setAutoWidth(true);
        Grid.Column<ReportingPeriod> starts = periodGrid.addColumn(ReportingPeriod::getStartsOn).setHeader("Starts")
                .setAutoWidth(true);
        Grid.Column<ReportingPeriod> ends = periodGrid.addColumn(ReportingPeriod::getEndsOn).setHeader("Ends")
                .setAutoWidth(true);
        NarrowScreen.follow(this, narrow -> List.of(starts, ends).forEach(c -> c.setVisible(!narrow)));
        periodGrid.addColumn(ReportingPeriod::getDueOn).setHeader("Reports due").setAutoWidth(true);
        periodGrid.addColumn(period -> Labels.of(period.getStatus())).setHeader("Status").setAutoWidth(true);
        periodGrid.addComponentColumn(period -> {
            PeriodStatus next = period.getStatus() == PeriodStatus.OPEN ? PeriodStatus.CLOSED : PeriodStatus.OPEN;
            String verb = next == PeriodStatus.OPEN ? "Open" : "Close";
            Button change = new Button(verb, click -> {
                periodService.setStatus(period.getCode(), next);
                periodGrid.setItems(reporting.periods());
            });
            change.addThemeVariants(ButtonVariant.LUMO_SMALL);
            change.getElement().setAttribute("aria-label", verb + " reporting period " + period.getCode());
            return change;
        }).setHeader("Reports").setAutoWidth(true);
        periodGrid.setItems(reporting.periods());
        periodGrid.setAllRowsVisible(true);
        add(periodGrid);
    }
}
