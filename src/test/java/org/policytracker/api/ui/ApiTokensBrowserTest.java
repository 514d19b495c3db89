package org.policytracker.api.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * The API tokens page under the person's own menu: a person makes a named token (shown once), the API
 * takes it as a bearer token, a bad name is refused next to the field, revoking it stops it at once; the
 * page passes axe.
 */
@PolicyTrackerTest
class ApiTokensBrowserTest extends BrowserTest {

    private int status(String token) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me")))
                    .header("Authorization", "Bearer " + token).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aPersonMakesANamedTokenUsesItAndRevokesIt() throws Exception {
        Page page = signedIn("viewer.congress");
        page.navigate(url("/"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API tokens")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API tokens")
                .setExact(true))).isVisible();
        Browser.assertAccessible(page);

        button(page, "Create token").click();
        assertThat(page.getByText("Name the token (1 to 80 characters)").first()).isVisible();
        assertThat(page.getByLabel("Name")).hasAttribute("aria-invalid", "true");

        String name = "Dashboard export " + UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Name").fill(name);
        button(page, "Create token").click();
        Locator secret = page.getByLabel("Your new token");
        assertThat(secret).hasValue(Pattern.compile("^pt_[\\w-]{43}$"));
        assertThat(page.getByText(name)).isVisible();
        assertThat(page.getByLabel("Name")).not().hasAttribute("aria-invalid", "true");
        Browser.assertAccessible(page);
        Browser.screenshot(page, "api-tokens-made");
        String token = secret.inputValue();
        assertThat(status(token)).isEqualTo(200);

        button(page, "Revoke " + name).click();
        assertThat(page.getByText(Pattern.compile("^Revoked "))).not().hasCount(0);
        assertThat(status(token)).isEqualTo(401);
        page.context().close();
    }
}
