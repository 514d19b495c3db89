package org.policytracker.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policytracker.security.DemoUserDirectory;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The login page lists the demo users, saying it is a demo, only while the demo data is enabled. */
@PolicyTrackerTest
class LoginViewTest {

    @Autowired
    DemoUserDirectory users;

    private static Stream<Component> everything(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(LoginViewTest::everything));
    }

    private static List<String> texts(Component root) {
        return everything(root).filter(HasText.class::isInstance).map(text -> ((HasText) text).getText()).toList();
    }

    @Test
    void withoutDemoDataTheLoginPageShowsNoUserList() {
        LoginView page = new LoginView(users, false);
        assertThat(everything(page)).noneMatch(Grid.class::isInstance);
        assertThat(String.join(" ", texts(page))).doesNotContain("Demo users", "demo", "pm.cisa");
    }

    @Test
    void withDemoDataItListsTheDemoUsersAndSaysItIsADemo() {
        LoginView page = new LoginView(users, true);
        assertThat(everything(page)).filteredOn(Grid.class::isInstance).singleElement();
        assertThat(String.join(" ", texts(page))).contains("Demo users", "This is a demonstration");
    }
}
