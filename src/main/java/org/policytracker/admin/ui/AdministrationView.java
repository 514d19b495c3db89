package org.policytracker.admin.ui;

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
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.order.OrderService;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Labels;
import org.policytracker.ui.SummaryTable;
import org.policytracker.ui.SummaryTable.CellButton;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.PeriodRow;
import org.policytracker.uptake.ReportingPeriodService;
import org.policytracker.uptake.ReportingService;

/** Landing view of administrators: the orders, directives, tenants and reporting periods configured. */
@Route("admin")
@Menu(title = "Administration", order = 7, icon = "vaadin:cog")
@PageTitle("Administration | Policy Tracker")
@RolesAllowed("ADMIN")
public class AdministrationView extends VerticalLayout {

    /** A tenant as the overview lists it (the view keeps no entities). */
    private record TenantLine(String id, String kind, String name) {
    }


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
            // on a phone: which directive and its title; its page (Orders and directives) has the rest
            SummaryTable<DirectiveRow> table = new SummaryTable<DirectiveRow>("Directives")
                    .text("Directive", row -> row.orderCode() + " " + row.code())
                    .text("Title", DirectiveRow::title)
                    .text("Kind", row -> Labels.of(row.kind())).hiddenOnPhone()
                    .text("Lead agency", DirectiveRow::leadAgency).hiddenOnPhone()
                    .text("Deadline", row -> row.deadline() == null ? "—" : row.deadline() + " ("
                            + Labels.of(row.deadlineBasis()).toLowerCase() + ")").hiddenOnPhone();
            table.show(directives);
            add(table);
        }

        add(new H2("Tenants"));
        SummaryTable<TenantLine> tenantTable = new SummaryTable<TenantLine>("Tenants")
                .text("Id", TenantLine::id)
                .text("Kind", TenantLine::kind)
                .text("Name", TenantLine::name);
        tenantTable.show(tenants.all().stream().map(tenant -> new TenantLine(tenant.getId(), Labels.of(tenant.getKind()),
                tenant.getName())).toList());
        add(tenantTable);

        add(new H2("Reporting periods"));
        SummaryTable<PeriodRow> periodTable = new SummaryTable<>("Reporting periods");
        periodTable.text("Period", PeriodRow::code)
                .text("Starts", PeriodRow::startsOn).hiddenOnPhone()
                .text("Ends", PeriodRow::endsOn).hiddenOnPhone()
                .text("Reports due", PeriodRow::dueOn)
                .text("Status", period -> Labels.of(period.status()))
                .buttons("Reports", period -> {
                    PeriodStatus next = period.status() == PeriodStatus.OPEN ? PeriodStatus.CLOSED : PeriodStatus.OPEN;
                    String verb = next == PeriodStatus.OPEN ? "Open" : "Close";
                    return new CellButton(verb, verb + " reporting period " + period.code(), "", () -> {
                        periodService.setStatus(period.code(), next);
                        periodTable.show(reporting.periodRows());
                    });
                }, "");
        periodTable.show(reporting.periodRows());
        add(periodTable);
    }
}
