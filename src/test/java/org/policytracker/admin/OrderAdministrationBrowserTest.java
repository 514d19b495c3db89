package org.policytracker.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator enters a new order and a directive due "90 days after signing" from the browser
 * alone, sees the date it falls on, and a program manager then finds the directive in the list.
 */
@PolicyTrackerTest
class OrderAdministrationBrowserTest extends BrowserTest {

    @Autowired
    TestOrders testOrders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorEntersAnOrderAndADirectiveDueDaysAfterSigningThatAProgramManagerThenSees() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String code = "A-WATER-" + suffix; // sorts before the demo and test orders: the first rows of /directives
        String directiveTitle = "Assess the cyber defences of water utilities " + suffix;

        Page page = signedIn("admin");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Orders and directives")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Orders");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New order")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("New order");

        page.getByLabel("Code").fill(code);
        page.getByLabel("Number").fill("EO 14999");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Securing water utilities");
        page.getByLabel("Signed on").fill("2026-06-02");
        page.getByLabel("Signed on").press("Enter");
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Status")).fill("In force");
        page.locator("vaadin-combo-box-item").getByText("In force").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create order")).click();
        page.waitForURL("**/admin/order/" + code);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Order " + code);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add directive")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add directive")).click();
        assertThat(dialog.getByText("Give the directive a code, e.g. D1")).isVisible(); // refused next to the field
        assertThat(dialog.getByText("Give the directive a title")).isVisible();

        dialog.getByLabel("Code").fill("D1");
        dialog.getByLabel("Section of the order").fill("Sec. 3(a)");
        dialog.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill(directiveTitle);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Lead agency")).fill("CISA");
        page.locator("vaadin-combo-box-item").getByText("Cybersecurity and Infrastructure Security Agency (CISA)").click();
        dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Days after signing")).check();
        dialog.getByLabel("Number of days after signing").fill("90");
        assertThat(dialog.getByText("Falls on 2026-08-31 (signed 2026-06-02 + 90 days)")).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "order-directive-dialog-desktop");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add directive")).click();

        assertThat(page.getByText("Directive D1 added.")).isVisible();
        Locator cells = page.locator("vaadin-grid-cell-content");
        page.locator("vaadin-grid").scrollIntoViewIfNeeded();
        assertThat(cells.getByText("90 days after signing: 2026-08-31 (stated)")).isVisible();
        assertThat(cells.getByText(directiveTitle)).isVisible();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "order-editor-desktop");

        page.setViewportSize(390, 844);
        Locator edit = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit directive D1"));
        edit.scrollIntoViewIfNeeded();
        edit.click();
        Locator phoneDialog = page.getByRole(AriaRole.DIALOG);
        assertThat(phoneDialog.getByRole(AriaRole.HEADING)).hasText("Directive " + code + " D1");
        assertThat(phoneDialog.getByLabel("Number of days after signing")).hasValue("90");
        assertThat(phoneDialog.getByText("Falls on 2026-08-31")).isVisible();
        BoundingBox box = phoneDialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save directive"))
                .boundingBox();
        assertThat(box.x + box.width).as("the save button within the phone's screen").isLessThanOrEqualTo(390);
        Browser.assertAccessible(page);
        Browser.screenshot(page, "order-directive-dialog-phone"); // after axe: the dialog's opening fade is over
        page.context().close();

        Page manager = signedIn("pm.cisa");
        manager.navigate(url("/directives"));
        assertThat(manager.locator("vaadin-grid-cell-content").getByText(directiveTitle)).isVisible();
        assertThat(manager.locator("vaadin-grid-cell-content").getByText(code + " D1")).isVisible();
        Browser.assertAccessible(manager);
        Browser.screenshot(manager, "order-directive-seen-by-program-manager");
        manager.context().close();
    }

    @Test
    void theSecondOfTwoAdministratorsSavingTheSameOrderOrDirectiveIsToldWhoChangedItAndOverwritesNothing() {
        TestOrder order = testOrders.order("TWICE").directive("A", "cisa").create();
        Page first = signedIn("admin");
        Page second = signedIn("admin");
        first.navigate(url("/admin/order/" + order.code()));
        second.navigate(url("/admin/order/" + order.code()));
        Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(true);

        first.getByLabel("Title", exact).fill("Renamed by the first");
        first.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save order")).click();
        assertThat(first.getByText("Order saved.")).isVisible();
        second.getByLabel("Title", exact).fill("Renamed by the second");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save order")).click();

        assertThat(second.getByRole(AriaRole.ALERT)).hasText("Order " + order.code() + " was changed by admin at "
                + "2026-11-22 12:00 UTC since you opened it; reload it to see that change, then make yours again. "
                + "Nothing was saved.");
        assertThat(jdbc.sql("SELECT title FROM exec_order WHERE code = ?").param(order.code()).query(String.class)
                .single()).isEqualTo("Renamed by the first");
        Browser.screenshot(second, "order-editor-changed-since-opened");

        Locator.GetByRoleOptions saveDirective = new Locator.GetByRoleOptions().setName("Save directive");
        for (Page page : List.of(first, second)) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit directive A")).click();
        }
        Locator firstDialog = first.getByRole(AriaRole.DIALOG);
        firstDialog.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Directive renamed first");
        firstDialog.getByRole(AriaRole.BUTTON, saveDirective).click();
        assertThat(firstDialog).isHidden();
        Locator secondDialog = second.getByRole(AriaRole.DIALOG);
        secondDialog.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Directive renamed second");
        secondDialog.getByRole(AriaRole.BUTTON, saveDirective).click();

        assertThat(secondDialog.getByRole(AriaRole.ALERT)).containsText("Directive A of order " + order.code()
                + " was changed by admin at 2026-11-22 12:00 UTC since you opened it; reload");
        assertThat(jdbc.sql("SELECT title FROM directive WHERE id = ?").param(order.directive("A")).query(String.class)
                .single()).isEqualTo("Directive renamed first");
        Browser.assertAccessible(second);
        Browser.screenshot(second, "directive-dialog-changed-since-opened");
        first.context().close();
        second.context().close();
    }

    @Test
    void deletingADirectiveWithATaskIsRefusedBesideTheActionAndRetiresIt() {
        TestOrder order = testOrders.order("BUSY").directive("A", "cisa").directive("B", "dhs").create();
        testOrders.task("pm.cisa", order.directive("A"), "Pilot", LocalDate.of(2027, 1, 31));
        Page page = signedIn("admin");
        page.navigate(url("/admin/order/" + order.code()));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete directive A")).click();
        page.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete"))
                .click();

        assertThat(page.locator("#directive-message[role=status]")).containsText(
                "Directive A cannot be deleted: work hangs on it (1 task). It was retired instead");
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText("retired")).hasCount(1);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete directive A"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit directive A"))).isDisabled();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move directive B up")).click();
        assertThat(page.locator("#directive-message[role=status]")).hasText("Directive B moved up.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move directive B up"))).isDisabled();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move directive A down")))
                .isDisabled();
        page.locator("vaadin-grid").scrollIntoViewIfNeeded();
        Browser.assertAccessible(page);
        Browser.screenshot(page, "order-editor-directive-retired");
        page.context().close();
    }
}
