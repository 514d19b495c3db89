package org.policytracker.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.policytracker.security.DemoUser;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.security.Role;

/**
 * Local sign-in page. While the demo data is enabled it lists the demo users of the realm export
 * with their password, and says that this is a demo; otherwise it shows the form alone.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Policy Tracker")
@AnonymousAllowed
@Profile("!keycloak")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    LoginView(DemoUserDirectory directory, @Value("${policy-tracker.demo-data.enabled}") boolean demo) {
        addClassName("login-view");
        // the page has no frame: the view itself is its one main landmark
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        add(new H1("Policy Tracker"),
                new Paragraph("Follows an executive order from signature to real-world effect."),
                login);
        if (demo) {
            add(demoUsers(directory));
        }
    }

    private static Component demoUsers(DemoUserDirectory directory) {
        Grid<DemoUser> users = new Grid<>();
        users.addColumn(DemoUser::username).setHeader("User name").setAutoWidth(true);
        users.addColumn(DemoUser::displayName).setHeader("Name").setAutoWidth(true);
        users.addColumn(user -> user.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Role").setAutoWidth(true);
        users.addColumn(DemoUser::tenantId).setHeader("Tenant").setAutoWidth(true);
        users.addColumn(DemoUser::password).setHeader("Password").setAutoWidth(true);
        users.setItems(directory.all());
        users.setAllRowsVisible(true);
        users.setWidth("min(100%, 52rem)");
        users.setAriaLabel("Demo users");

        VerticalLayout demo = new VerticalLayout(new H2("Demo users"),
                new Paragraph("This is a demonstration: the demo data is enabled "
                        + "(policy-tracker.demo-data.enabled), and this local sign-in offers the users of the "
                        + "Keycloak realm in realm-config/, with the same passwords, roles and tenants. "
                        + "A real deployment switches the demo off (profile prod)."),
                users);
        demo.setAlignItems(Alignment.CENTER);
        demo.addClassName("demo-users");
        return demo;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
