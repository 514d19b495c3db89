package org.policytracker.admin.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.admin.PeopleChanges;
import org.policytracker.security.Invitee;
import org.policytracker.security.LocalAccountUser;
import org.policytracker.security.LocalAccounts;
import org.policytracker.security.Role;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in person with a local sign-in changes their own password in headless Chromium: the header's
 * "Change password", refusals next to their fields, then sign out and in with the new password while the
 * old one is refused. axe-core on the page; screenshot in target/screenshots/.
 */
@PolicyTrackerTest
class ChangePasswordBrowserTest extends BrowserTest {

    private static final String OLD_PASSWORD = "four unrelated words here";
    private static final String NEW_PASSWORD = "five other unrelated words";

    @Autowired
    TestOrders orders;
    @Autowired
    PeopleChanges people;
    @Autowired
    LocalAccounts accounts;
    @Autowired
    SignedIn signedIn;

    @Test
    void aPersonChangesTheirOwnPasswordAndSignsInWithTheNewOne() {
        String username = "pm." + UUID.randomUUID().toString().substring(0, 8);
        String name = "Sam Example " + username.substring(3);
        String agency = orders.agency("password");
        String initial = signedIn.as("admin", () -> people.invite(new Invitee(username, name, username + "@example.gov",
                agency, Role.PROGRAM_MANAGER))).initialPassword();
        accounts.setOwnPassword(new LocalAccountUser(username, name, agency, Set.of(Role.PROGRAM_MANAGER), null, true,
                false), initial, OLD_PASSWORD);

        Page page = browser.newPage();
        Browser.signIn(page, url(""), username, OLD_PASSWORD);
        assertThat(page.locator(".user-name")).hasText(name);
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password"));
        Browser.assertInViewport(link);
        link.click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Change your password")))
                .isVisible();
        assertThat(page.getByText("12 to 128 characters, not containing your username")).isVisible();

        passwordField(page, "Current password").fill("not my password at all");
        passwordField(page, "New password").fill(NEW_PASSWORD);
        passwordField(page, "New password again").fill(NEW_PASSWORD);
        changeButton(page).click();
        assertThat(fieldError(page, "This is not your current password")).isVisible();

        passwordField(page, "Current password").fill(OLD_PASSWORD);
        passwordField(page, "New password again").fill(NEW_PASSWORD + " typo");
        changeButton(page).click();
        assertThat(fieldError(page, "The two new passwords differ")).isVisible();

        passwordField(page, "New password").fill("too short");
        passwordField(page, "New password again").fill("too short");
        changeButton(page).click();
        assertThat(fieldError(page, "Use 12 to 128 characters")).isVisible();
        Browser.screenshot(page, "change-password-refused");

        passwordField(page, "New password").fill(NEW_PASSWORD);
        passwordField(page, "New password again").fill(NEW_PASSWORD);
        changeButton(page).click();
        assertThat(page.getByText("Your password is changed")).isVisible();
        assertThat(passwordField(page, "Current password")).isEmpty();
        Browser.screenshot(page, "change-password-done");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL("**/login");
        Browser.signIn(page, url(""), username, OLD_PASSWORD);
        page.waitForURL("**/login?error");
        Browser.signIn(page, url(""), username, NEW_PASSWORD);
        assertThat(page.locator(".user-name")).hasText(name);
    }

    @Test
    void aDemoUserIsToldWhereTheirPasswordLives() {
        Page page = signedIn("pm.cisa");
        assertThat(page.locator(".user-name")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change password"))).hasCount(0);
        page.navigate(url("/account/password"));
        assertThat(page.getByText("demo users' passwords are set in realm-config/")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))).hasCount(0);
    }

    /** The message under its field (a live region repeats it for screen readers). */
    private static Locator fieldError(Page page, String message) {
        return page.locator("vaadin-password-field [slot='error-message']").getByText(message);
    }

    private static Locator changeButton(Page page) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"));
    }

    private static Locator passwordField(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }
}
