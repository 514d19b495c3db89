package org.policytracker.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.policytracker.admin.AdministrationView;
import org.policytracker.collab.ActivityView;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.collab.NotificationBell;
import org.policytracker.collab.NotificationService;
import org.policytracker.gap.GapOverviewView;
import org.policytracker.order.DirectivesView;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.task.MyTasksView;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.uptake.MyReportingView;
import org.policytracker.uptake.ReportReviewView;

/** The frame around every page: navigation for the user's roles, who is signed in, sign-out. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, TenantService tenants, AuthenticationContext authentication,
            NotificationService notifications, LiveUpdates live) {
        TenantUser user = currentUser.require();
        String tenantName = tenants.find(user.tenantId()).map(Tenant::getName).orElse(user.tenantId());

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        Span title = new Span("Policy Tracker");
        title.addClassName("app-title");

        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span context = new Span(tenantName + " · "
                + user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")));
        context.addClassName("user-context");
        Div who = new Div(name, context);
        who.addClassName("user-box");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(toggle, title, who, new NotificationBell(notifications, live), signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        if (user.hasRole(Role.PROGRAM_MANAGER)) {
            nav.addItem(new SideNavItem("My agency's tasks", MyTasksView.class, VaadinIcon.TASKS.create()));
        }
        nav.addItem(new SideNavItem("Directives", DirectivesView.class, VaadinIcon.LIST.create()));
        nav.addItem(new SideNavItem("Activity", ActivityView.class, VaadinIcon.CLOCK.create()));
        if (user.hasRole(Role.SECTOR_REPORTER)) {
            nav.addItem(new SideNavItem("My sectors' reporting", MyReportingView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        if (user.hasRole(Role.PROGRAM_MANAGER) || user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Reports to review", ReportReviewView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (user.hasRole(Role.OVERSIGHT_VIEWER) || user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Gap overview", GapOverviewView.class, VaadinIcon.CHART.create()));
        }
        if (user.hasRole(Role.ADMIN)) {
            nav.addItem(new SideNavItem("Administration", AdministrationView.class, VaadinIcon.COG.create()));
        }
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }
}
