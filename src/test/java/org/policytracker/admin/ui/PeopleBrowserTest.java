package org.policytracker.admin.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The people page in headless Chromium: the administrator invites a program manager, who signs in with
 * the initial password, is kept on "Set your password" until they have set their own, then works in the
 * app; deactivated, their open session ends and they cannot sign in again; reactivated, they can; invited
 * again, their password is replaced by a new initial one. Required markers on the invitation form, every
 * row action in view at 1366 px. Desktop and phone, with
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

        // the form's fields all marked required, as a sighted person sees it and as assistive technology hears it
        for (String label : new String[] {"Username", "Name", "E-mail"}) {
            assertThat(textbox(admin, label)).hasAttribute("required", "");
        }
        assertThat(admin.locator("vaadin-text-field[required], vaadin-combo-box[required]")).hasCount(5);
        for (Locator field : admin.locator("vaadin-text-field[required], vaadin-combo-box[required]").all()) {
            Assertions.assertThat(field.evaluate("field => getComputedStyle(field.shadowRoot"
                    + ".querySelector('[part=\\'required-indicator\\']'), '::after').content")).as("required marker")
                    .isNotIn("none", "", "normal");
        }

        // a refusal next to its field, nothing invited
        textbox(admin, "Username").fill("pm.cisa");
        textbox(admin, "Name").fill(name);
        textbox(admin, "E-mail").fill(username + "@example.gov");
        Locator organisation = admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organisation"));
        organisation.fill(agency);
        admin.locator("vaadin-combo-box-item").getByText("(" + agency + ")").click();
        admin.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role")).fill("Program");
        admin.locator("vaadin-combo-box-item").getByText("Program manager").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
        assertThat(admin.getByText("The username 'pm.cisa' is already taken")).isVisible();

        textbox(admin, "Username").fill(username);
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite").setExact(true)).click();
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
        // under its field (a live region repeats it for screen readers)
        assertThat(person.locator("vaadin-password-field [slot='error-message']")
                .getByText("Choose a new password, not the one you were given")).isVisible();
        Browser.screenshot(person, "people-set-password");
        passwordField(person, "New password").fill(OWN_PASSWORD);
        passwordField(person, "New password again").fill(OWN_PASSWORD);
        person.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(person).hasURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        assertThat(person.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks")))
                .isVisible();
        assertThat(person.locator(".user-name")).hasText(name);

        // every action of the person's row in view at 1366 px
        for (String action : new String[] {"Change role or organisation of " + name, "Invite " + name + " again",
                "Deactivate " + name}) {
            Browser.assertInViewport(rowButton(admin, action));
        }
        // and no column hidden under the actions
        Locator headers = admin.locator("vaadin-grid-cell-content");
        BoundingBox account = headers.getByText("Account", new Locator.GetByTextOptions().setExact(true)).boundingBox();
        BoundingBox actions = headers.getByText("Actions", new Locator.GetByTextOptions().setExact(true)).boundingBox();
        Assertions.assertThat(account.x + account.width).as("right edge of the Account column")
                .isLessThanOrEqualTo(actions.x);
        Browser.screenshot(admin, "people-actions-1366");

        // deactivated: the open session ends at its next request, and signing in again is refused
        rowButton(admin, "Deactivate " + name).click();
        // the confirmation's button; the rows' buttons are named "Deactivate <name>"
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Deactivate").setExact(true)).click();
        // the person's row no longer offers "Deactivate" (other tests' deactivated people share the grid)
        assertThat(admin.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Deactivate " + name).setExact(true))).hasCount(0);
        person.navigate(url("/tasks"));
        person.waitForURL("**/login");
        Browser.signIn(person, url(""), username, OWN_PASSWORD);
        person.waitForURL("**/login?error");

        // reactivated: they sign in again with the password they had
        rowButton(admin, "Reactivate " + name).click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reactivate").setExact(true)).click();
        Browser.assertInViewport(rowButton(admin, "Invite " + name + " again"));
        Browser.signIn(person, url(""), username, OWN_PASSWORD);
        assertThat(person.locator(".user-name")).hasText(name);

        // invited again: a new initial password replaces theirs, and they must set their own once more
        rowButton(admin, "Invite " + name + " again").click();
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Invite again").setExact(true)).click();
        assertThat(initial).not().hasText(initialPassword);
        assertThat(initial).hasText(Pattern.compile("[A-Za-z2-9]{16}"));
        String secondInitialPassword = initial.textContent();
        person.navigate(url("/tasks"));
        person.waitForURL("**/login");
        Browser.signIn(person, url(""), username, OWN_PASSWORD);
        person.waitForURL("**/login?error");
        Browser.signIn(person, url(""), username, secondInitialPassword);
        assertThat(person).hasURL(Pattern.compile(".*/set-password(\\?.*)?$"));

        admin.setViewportSize(390, 844);
        admin.navigate(url("/admin/people"));
        assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite a person")))
                .isVisible();
        Browser.screenshot(admin, "people-phone");
        Browser.assertAccessible(admin);
    }

    private static Locator rowButton(Page page, String accessibleName) {
        return page.locator("vaadin-grid-cell-content").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(accessibleName).setExact(true));
    }

    private static Locator textbox(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    private static Locator passwordField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
