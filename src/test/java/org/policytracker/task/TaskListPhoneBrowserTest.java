package org.policytracker.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A program manager's task list on a phone (390 x 844): the filters fold under a summary that says
 * how many apply, the actions wrap under the title instead of leaving the screen, and the grid keeps
 * the task, its status and due date, with room for the rows. On a laptop everything is shown.
 */
@PolicyTrackerTest
class TaskListPhoneBrowserTest extends BrowserTest {

    private static TestOrder order;

    @Autowired
    TestOrders orders;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("PHONELIST").directive("A", "cisa").create();
    }

    @Test
    void onAPhoneTheFiltersFoldAndTheGridKeepsTheColumnsThatMatter() {
        String prefix = "Phone " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= 6; i++) {
            orders.ownedTask("pm.cisa", order.directive("A"), prefix + " task " + i, LocalDate.now(clock).plusDays(i));
        }
        Page page = signedIn("pm.cisa");
        page.setViewportSize(390, 844);
        page.navigate(url("/tasks?q=" + prefix.replace(" ", "+")));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My agency's tasks"))).isVisible();

        assertThat(page.getByText("Filters (1 applied)")).isVisible();
        assertThat(page.getByLabel("Search")).isHidden();
        for (String action : new String[] {"New task", "Update selected…", "Export CSV"}) {
            BoundingBox box = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(action)).boundingBox();
            assertThat(box.x).as(action).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(action + " inside the screen's width").isLessThanOrEqualTo(390);
        }
        Locator links = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^" + prefix)));
        assertThat(links).hasCount(6);
        for (int i = 0; i < 6; i++) {
            BoundingBox row = links.nth(i).boundingBox();
            assertThat(row.y + row.height).as("row %d on the first screen", i + 1).isLessThanOrEqualTo(844);
        }
        Locator headers = page.locator("vaadin-grid-cell-content");
        for (String column : new String[] {"Task", "Status", "Due"}) {
            BoundingBox header = headers.getByText(column, new Locator.GetByTextOptions().setExact(true)).boundingBox();
            assertThat(header.x + header.width).as(column + " column inside the screen").isLessThanOrEqualTo(390);
        }
        assertThat(headers.getByText("Owner", new Locator.GetByTextOptions().setExact(true))).isHidden();
        Browser.screenshot(page, "tasks-phone");
        Browser.assertAccessible(page);

        page.getByText("Filters (1 applied)").click();
        assertThat(page.getByLabel("Search")).hasValue(prefix);

        page.setViewportSize(1366, 900);
        assertThat(headers.getByText("Owner", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Directive"))).isVisible();
        page.context().close();
    }
}
