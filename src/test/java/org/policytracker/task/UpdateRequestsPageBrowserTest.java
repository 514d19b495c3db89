package org.policytracker.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page of a person's open update requests across tasks: those asked of them and those they asked, each
 * linking to its task; an answered request leaves it; another agency's manager sees none of them; axe.
 */
@PolicyTrackerTest
class UpdateRequestsPageBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;
    @Autowired
    TaskUpdateRequests requests;
    @Autowired
    TaskQueries queries;
    @Autowired
    TaskCommands commands;
    @Autowired
    SignedIn signedIn;
    @Autowired
    Clock clock;

    /** The page's section whose heading starts with the name (the heading carries the count). */
    private static Locator section(Page page, String name) {
        return page.getByRole(AriaRole.REGION,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + name + " \\(")));
    }

    @Test
    void aManagerSeesWhatIsAskedOfThemAndWhatTheyAskedAndFollowsALinkToTheTask() {
        long directive = orders.order("MYREQ").directive("A", "cisa").create().directive("A");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String askedOfMe = "Asked of me " + suffix;
        String iAsked = "I asked " + suffix;
        LocalDate due = LocalDate.now(clock).plusMonths(1);
        long mine = orders.ownedTask("pm.cisa", directive, askedOfMe, due);
        long colleagues = orders.ownedTask("pm2.cisa", directive, iAsked, due);
        signedIn.run("viewer.congress", () -> requests.ask(mine, "Before the hearing, please"));
        signedIn.run("pm.cisa", () -> requests.ask(colleagues, "How far is it?"));

        Page page = signedIn("pm.cisa");
        page.navigate(url("/update-requests"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open update requests")))
                .isVisible();
        Locator askedOfYou = section(page, "Asked of you");
        Locator youAsked = section(page, "You asked");
        assertThat(askedOfYou.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(askedOfMe))).isVisible();
        assertThat(askedOfYou).containsText("Before the hearing, please");
        assertThat(askedOfYou).not().containsText(iAsked);
        assertThat(youAsked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(iAsked))).isVisible();
        assertThat(youAsked).containsText("How far is it?");
        assertThat(youAsked).not().containsText(askedOfMe);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "update-requests-page");

        askedOfYou.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(askedOfMe)).click();
        assertThat(page).hasURL(url("/tasks/" + mine));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(askedOfMe))).isVisible();

        // a progress update answers the request: it leaves the page
        TaskSnapshot opened = signedIn.as("pm.cisa", () -> queries.open(mine));
        signedIn.run("pm.cisa", () -> commands.addProgressUpdate(opened, LocalDate.now(clock), "Drafted"));
        page.navigate(url("/update-requests"));
        assertThat(youAsked.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(iAsked))).isVisible();
        assertThat(page.getByText(askedOfMe)).hasCount(0);
        page.context().close();

        Page otherAgency = signedIn("pm.treasury");
        otherAgency.navigate(url("/update-requests"));
        assertThat(otherAgency.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Open update requests")))
                .isVisible();
        assertThat(otherAgency.getByText(iAsked)).hasCount(0);
        Browser.assertAccessible(otherAgency);
        otherAgency.context().close();
    }
}
