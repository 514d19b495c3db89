package org.policytracker.calendar;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * The calendar feed page: a person makes their address (shown once, readable without a session),
 * revokes it (then it answers 404); the page passes axe on a desktop and a phone.
 */
@PolicyTrackerTest
class CalendarFeedBrowserTest extends BrowserTest {

    private static int status(String address) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(address)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aPersonMakesTheirAddressUsesItWithoutASessionAndRevokesIt() throws Exception {
        Page page = signedIn("reporter.infra");
        page.navigate(url("/calendar-feed"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Calendar feed")))
                .isVisible();
        Browser.assertAccessible(page);

        Locator make = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Make (my calendar|a new) address$")));
        make.click();
        Locator address = page.getByLabel("Your calendar address");
        assertThat(address).hasValue(Pattern.compile("^" + url("/feeds/calendar/") + "[\\w-]{43}\\.ics$"));
        Browser.assertAccessible(page);
        Browser.screenshot(page, "calendar-feed-made");
        String feed = address.inputValue();
        assertThat(status(feed)).isEqualTo(200);

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.getByText("You have an address, made")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "calendar-feed-phone");

        button(page, "Revoke the address").click();
        assertThat(page.getByText("You have no calendar address.")).isVisible();
        assertThat(status(feed)).isEqualTo(404);
        page.context().close();
    }
}
