package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyboard-shortcut help (issue 17): {@code ?} outside a text field, or the header's button, opens the list
 * of shortcuts; Escape closes it and the focus is on that button. Ctrl+S saves an administration form, and a dialog's
 * form, with the value still being typed.
 */
@PolicyTrackerTest
class KeyboardShortcutsBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;

    @Test
    void questionMarkOpensTheListOfShortcutsAndEscapeGivesTheFocusBack() {
        Page page = signedIn("pm.cisa");
        page.navigate(url("/tasks"));
        // the page has drawn itself before the keyboard starts
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("My agency's tasks");
        Locator skip = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Skip to main content"));
        page.keyboard().press("Tab");
        assertThat(skip).isFocused();

        page.keyboard().press("?");
        Locator help = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Keyboard shortcuts")))
                .isVisible();
        assertThat(help.locator("dt")).containsText(new String[] {"?", "Ctrl+S", "Enter", "Escape", "Tab",
                "Arrow keys", "Space"});
        assertThat(help).containsText("Save the form");
        Browser.screenshot(page, "keyboard-shortcuts");
        page.keyboard().press("Escape");
        assertThat(help).hasCount(0);
        // the focus is on the header's button that stands for the list, where a keyboard user can press it again
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keyboard shortcuts")))
                .isFocused();

        // a "?" typed into a field stays text
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters")).click();
        Locator search = page.getByLabel("Search");
        search.click();
        page.keyboard().type("?");
        assertThat(search).hasValue("?");
        assertThat(help).hasCount(0);
        page.context().close();
    }

    @Test
    void theHeadersButtonOpensTheListForMouseAndScreenReaderUsers() {
        Page page = signedIn("reporter.health");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        button.click();
        Locator help = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Keyboard shortcuts"));
        assertThat(help).containsText("Ctrl+S");
        help.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(help).hasCount(0);
        assertThat(button).isFocused();
        page.context().close();
    }

    @Test
    void ctrlSSavesAnAdministrationFormWithTheValueStillBeingTyped() {
        String id = "t-keys-" + UUID.randomUUID().toString().substring(0, 8);
        Page page = signedIn("admin");
        page.navigate(url("/admin/sectors"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Id").setExact(true)).fill(id);
        // typed, not filled: the name is still in the focused field, its value not yet sent, when Ctrl+S comes
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Name").setExact(true))
                .pressSequentially("Keyboard savers");
        page.keyboard().press("Control+s");
        assertThat(page.getByText("Sector " + id + " saved")).isVisible();

        page.reload();
        // the form is empty again: the name shows in the grid of sectors only
        assertThat(page.getByText("Keyboard savers")).isVisible();
        page.context().close();
    }

    @Test
    void ctrlSSavesTheDirectiveDialogWithTheTitleStillBeingTyped() {
        TestOrder order = orders.order("KEYS").directive("A", "cisa").create();
        Page page = signedIn("admin");
        page.navigate(url("/admin/order/" + order.code()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit directive A")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator title = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Title")
                .setExact(true));
        title.clear();
        title.pressSequentially("Saved from the keyboard");
        page.keyboard().press("Control+s");
        assertThat(dialog).hasCount(0);

        page.reload();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Saved from the keyboard")).isVisible();
        page.context().close();
    }
}
