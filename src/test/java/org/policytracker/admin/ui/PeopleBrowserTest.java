package org.policytracker.admin.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people page in headless Chromium: the administrator invites a program manager, who signs in with
 * the initial password, is kept on "Set your password" until they have set their own, then works in the
 * app; deactivated, their open session ends and they cannot sign in again. Desktop and phone, with
 * axe-core; screenshots in target/screenshots/.
 */
@PolicyTrackerTest
class PeopleBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;

    private static final String OWN_PASSWORD = "four unrelated words here";

    @Test
    void anInvitedPersonSetsTheirPasswordAtFirstSignInAndIsLockedOutWhenDeactivated() {
        String username = "pm." + UUID.randomUUID().toString().substring(0, 8);
        // a name of this run's own: earlier runs' invitees stay in the directory
        String name = "Robin Example " + username.substring(3);
        // an agency of the test's own: the invitee meets no other test's owner lists or reminders
        String agency = orders.agency("people");
        Page admin = signedIn("admin");
        admin.navigate(url("/admin/people"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("People").setExact(true)))
                .isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText("Casey Morgan")).isVisible();

        // a refusal next to its field, nothing invited
        textbox(admin, "Username").fill("pm.cisa");
        textbox(admin, "Name").fill(name);
        textbox(admin, "E-mail").fill(username + "@example.gov");
        Locator organisation = admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organisation"));
        organisation.fill(agency);
        admin.locator("vaadin-combo-box-item").getByText("(" + agency + ")").click();
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role")).fill("Program");
        admin.locator("vaadin-combo-box-item").getByText("Program manager").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
        assertThat(admin.getByText("The username 'pm.cisa' is already taken")).isVisible();

        textbox(admin, "Username").fill(username);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite")).click();
        Locator initial = admin.locator(".initial-password");
        assertThat(initial).hasText(Pattern.compile("[A-Za-z2-9]{16}"));
        String initialPassword = initial.textContent();
        assertThat(admin.getByText(name + " (" + username + ") is invited")).isVisible();
        assertThat(admin.locator("vaadin-grid-cell-content").getByText(username, new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        Browser.screenshot(admin, "people-desktop");
        Browser.assertAccessible(admin);

        // first sign-in: kept on "Set your password", whatever they open
        Page person = browser.newPage();
        Browser.signIn(person, url(""), username, initialPassword);
        assertThat(person).hasURL(Pattern.compile(".*/set-password(\\?.*)?$"));
        person.navigate(url("/tasks"));
        assertThat(person).hasURL(Pattern.compile(".*/set-password(\\?.*)?$"));
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set your password")))
                .isVisible();
        Browser.assertAccessible(person);
        passwordField(person, "Initial password").fill(initialPassword);
        passwordField(person, "New password").fill(initialPassword);
        passwordField(person, "New password again").fill(initialPassword);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(person.getByText("Choose a new password, not the one you were given")).isVisible();
        Browser.screenshot(person, "people-set-password");
        passwordField(person, "New password").fill(OWN_PASSWORD);
        passwordField(person, "New password again").fill(OWN_PASSWORD);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(person).hasURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        assertThat(person.locator(".user-name")).hasText(name);

        // deactivated: the open session ends at its next request, and signing in again is refused
        admin.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deactivate " + name)).click();
        // the confirmation's button; the rows' buttons are named "Deactivate <name>"
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate").setExact(true)).click();
        // the person's row no longer offers "Deactivate" (other tests' deactivated people share the grid)
        assertThat(admin.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deactivate " + name).setExact(true))).hasCount(0);
        person.navigate(url("/tasks"));
        person.waitForURL("**/login");
        Browser.signIn(person, url(""), username, OWN_PASSWORD);
        person.waitForURL("**/login?error");

        admin.setViewportSize(390, 844);
        admin.navigate(url("/admin/people"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite a person")))
                .isVisible();
        Browser.screenshot(admin, "people-phone");
        Browser.assertAccessible(admin);
    }

    private static Locator textbox(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator passwordField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
