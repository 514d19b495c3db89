package org.policytracker.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.collab.NotificationBell;
import org.policytracker.collab.NotificationService;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;

/**
 * The frame around every page: navigation for the user's roles, who is signed in, sign-out. The
 * navigation lists the views that carry Vaadin's {@code @Menu}, so the frame imports no feature.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String MAIN_ID = "main-content";

    /** The first page shown in this frame was loaded with the browser, so its focus is at the skip link's start. */
    private boolean firstPage = true;

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

        Anchor skip = new Anchor("#" + MAIN_ID, "Skip to main content");
        skip.addClassName("skip-link");
        // the page's base address is the application's root, so a plain "#main-content" would leave the page:
        // the link moves the focus itself
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("this.addEventListener('click', event => {"
                + " event.preventDefault(); document.getElementById($0).focus(); })", MAIN_ID);
        // the skip link first, so the keyboard reaches it first; all of the header is the page's banner landmark
        HorizontalLayout header = new HorizontalLayout(skip, toggle, title, who, new KeyboardShortcutsHelp(),
                new ColorSchemeSwitch(), new NotificationBell(notifications, live));
        header.getElement().setAttribute("role", "banner");
        if (user instanceof LocalAccountUser) {
            // the page lives in admin (it records the change in the history); linked by its address
            Anchor password = new Anchor("account/password", "Change password");
            password.addClassName("change-password");
            header.add(password);
        }
        header.add(signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(who);
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setLabel("Main");
        // the views' @Menu entries that the user may open (Vaadin checks each view's @RolesAllowed/@PermitAll)
        MenuConfiguration.getMenuEntries().forEach(entry ->
                nav.addItem(new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))));
        addToDrawer(new Scroller(nav));
        setPrimarySection(Section.DRAWER);
    }

    /** Each page's content sits in the one main landmark, the skip link's target. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Main main = new Main();
        main.setId(MAIN_ID);
        main.setSizeFull();
        main.getElement().setAttribute("tabindex", "-1"); // focusable, so the skip link moves the focus there
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        setContent(main);
    }

    /**
     * After a move inside the application the focus goes to the new page's title, so a keyboard or
     * screen-reader user starts there rather than on the page's body or the link they left.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (firstPage) {
            firstPage = false;
            return;
        }
        getElement().executeJs("const title = document.querySelector('#" + MAIN_ID + " h1');"
                + " if (title) { title.setAttribute('tabindex', '-1'); title.focus({preventScroll: true}); }");
    }
}
