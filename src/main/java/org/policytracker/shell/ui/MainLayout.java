package org.policytracker.shell.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.collab.NotificationBell;
import org.policytracker.collab.NotificationService;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Markup;

/**
 * The frame around every page: navigation for the user's roles, who is signed in, sign-out. The
 * navigation lists the views that carry Vaadin's {@code @Menu}, so the frame imports no feature.
 */
@Layout
@PermitAll
// the navigation's and the header's web components are written as markup, not created as components: the
// frontend bundle would not know them otherwise
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
@Uses(DrawerToggle.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final String MAIN_ID = "main-content";

    /** The first page shown in this frame was loaded with the browser, so its focus is at the skip link's start. */
    private boolean firstPage = true;

    MainLayout(CurrentUser currentUser, TenantService tenants, AuthenticationContext authentication,
            NotificationService notifications, LiveUpdates live) {
        TenantUser user = currentUser.require();
        String tenantName = tenants.find(user.tenantId()).map(Tenant::getName).orElse(user.tenantId());

        String context = tenantName + " · "
                + user.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", "));
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        // the skip link first, so the keyboard reaches it first; all of the header is the page's banner landmark
        HorizontalLayout header = new HorizontalLayout(headerStart(user.displayName(), context),
                new KeyboardShortcutsHelp(), new ColorSchemeSwitch(), new NotificationBell(notifications, live));
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
        header.addClassName("app-header");
        addToNavbar(header);

        // the views' @Menu entries that the user may open (Vaadin checks each view's @RolesAllowed/@PermitAll)
        addToDrawer(navigation(MenuConfiguration.getMenuEntries()));
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The header's parts that stay as they are while the page is open: the skip link, the menu's toggle, the
     * application's name and who is signed in. The browser draws them from the markup of one element, so the
     * session holds one element for them, not a component each; that element takes no box of its own (CSS), so
     * they stay items of the header's row.
     */
    private static Html headerStart(String userName, String userContext) {
        Element start = Markup.root("div").addClass("app-header-start");
        // the page's base address is the application's root, so a plain "#main-content" would leave the page:
        // the router leaves the link alone and the link moves the focus itself
        start.appendElement("a").attr("href", "#" + MAIN_ID).attr("router-ignore", true).addClass("skip-link")
                .text("Skip to main content");
        start.appendElement("vaadin-drawer-toggle").attr("aria-label", "Show or hide the navigation");
        start.appendElement("span").addClass("app-title").text("Policy Tracker");
        Element who = start.appendElement("div").addClass("user-box");
        who.appendElement("span").addClass("user-name").text(userName);
        who.appendElement("span").addClass("user-context").text(userContext);
        Html html = new Html(start.outerHtml());
        html.getElement().executeJs("this.querySelector('.skip-link').addEventListener('click', event => {"
                + " event.preventDefault(); document.getElementById($0).focus(); })", MAIN_ID);
        return html;
    }

    /**
     * The side navigation, as Flow's SideNav with a SideNavItem and an Icon per entry would write it, drawn by
     * the browser from the markup of one element; it scrolls when it is taller than the window (CSS). The web
     * component moves inside the application without reloading the page and marks the current page's item.
     */
    private static Html navigation(List<MenuEntry> entries) {
        Element nav = Markup.root("vaadin-side-nav").addClass("app-nav");
        nav.appendElement("span").attr("slot", "label").text("Main");
        for (MenuEntry entry : entries) {
            // the path as SideNavItem writes it: relative to the page's base address (the application's root)
            Element item = nav.appendElement("vaadin-side-nav-item")
                    .attr("path", UrlUtil.encodeURI(entry.path().replaceFirst("^/", "")));
            item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
            item.appendText(entry.title());
        }
        return new Html(nav.outerHtml());
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
