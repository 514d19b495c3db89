package org.policytracker.orderimport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator pastes a short order, maps the actor no organisation matched, corrects one proposal,
 * drops one, confirms, and sees the directives; nothing is written before the confirmation (the time from
 * paste to confirmed order is printed). Then an amended version moves one deadline and leaves out one
 * requirement: the change is shown with the task it affects and applied, the directive no longer in the
 * text is retired from the review (audited); the task's owner finds the notification in their bell, the
 * task flagged "directive changed in version ..." on its page and in the task list until they mark it
 * seen, and the change in the directive's version history.
 */
@PolicyTrackerTest
class OrderTextImportBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestOrders orders;

    @Test
    void theAdministratorReviewsTheProposalsAndConfirms() {
        String agency = orders.agency("textimport");
        String office = "Office of Test Affairs " + agency.toUpperCase(Locale.ROOT);
        String code = "T-TEXT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String text = """
                Sec. 1. Purpose. Artificial intelligence systems are embedded in the Nation's infrastructure.
                Sec. 2. Securing Systems. (a) Within 90 days of the date of this order, the Secretary of Homeland Security, acting through the Director of CISA, shall publish guidance on AI systems.
                (b) The Director of CISA shall establish a clearinghouse by January 31, 2027.
                (c) The Secretary of the Treasury shall assess the risks of AI-enabled attacks to financial institutions.
                (d) The Director of the %s shall report on its affairs within 60 days of the date of this order.
                Sec. 3. General Provisions. (a) Nothing in this order shall be construed to impair any authority.
                THE WHITE HOUSE,
                June 5, 2026.
                """.formatted(office);

        Page page = signedIn("admin");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Import an order from its text: find its directives, review, confirm")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Import an order from its text")))
                .isVisible();
        BrowserTime pasteToConfirmed = new BrowserTime();
        page.getByLabel("Order code").fill(code);
        page.getByLabel("Order title").fill("Order " + code + " from its text");
        page.getByLabel("Order text").fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find requirements")).click();
        assertThat(page.getByText("4 requirements found")).isVisible();
        assertThat(page.locator("mark").first()).isVisible();
        pasteToConfirmed.excluding(() -> Browser.assertAccessible(page));

        Locator mapping = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions()
                .setName("\"The Director of the " + office + "\" is"));
        mapping.fill(agency);
        page.locator("vaadin-combo-box-item").getByText("Test agency " + agency).click();

        Locator treasury = page.locator(".order-text-proposal").filter(new Locator.FilterOptions().setHasText("Sec. 2(c)"));
        treasury.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Assess AI risks to banks");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Accept Sec. 2(b)")).uncheck();
        pasteToConfirmed.excluding(() -> {
            Browser.screenshot(page, "order-text-review");
            assertThat(jdbc.sql("SELECT COUNT(*) FROM exec_order WHERE code = ?").param(code).query(Long.class).single())
                    .as("the review writes nothing").isZero();
        });

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")).click();
        assertThat(page.getByText("Imported " + code)).isVisible();
        System.out.printf("Order text import, paste to confirmed order (browser time, 4 requirements found, "
                + "one corrected, one dropped, one actor mapped; screenshots and accessibility checks excluded): %d ms%n",
                pasteToConfirmed.elapsedMillis());
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the order " + code)).click();
        Locator cells = page.locator("vaadin-grid-cell-content");
        assertThat(cells.getByText("Assess AI risks to banks")).isVisible();
        assertThat(cells.getByText("Publish guidance on AI systems")).isVisible();
        Browser.screenshot(page, "order-text-imported");

        assertThat(jdbc.sql("SELECT d.code FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ? "
                + "ORDER BY d.code").param(code).query(String.class).list()).containsExactly("2.a", "2.c", "2.d");
        assertThat(jdbc.sql("SELECT d.lead_tenant_id FROM directive d JOIN exec_order o ON o.id = d.order_id "
                + "WHERE o.code = ? AND d.code = '2.d'").param(code).query(String.class).single()).isEqualTo(agency);

        long directive = jdbc.sql("SELECT d.id FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ? "
                + "AND d.code = '2.a'").param(code).query(Long.class).single();
        long task = orders.ownedTask("pm.cisa", directive, "Draft the AI guidance " + code, LocalDate.of(2026, 8, 31));
        String signed = text.replace("Within 90 days of the date of this order, the Secretary",
                "Within 30 days of the date of this order, the Secretary")
                .replace("(d) The Director of the " + office + " shall report on its affairs within 60 days of the date of "
                        + "this order.\n", "");
        page.navigate(url("/admin/order-text"));
        page.getByLabel("Order code").fill(code);
        page.getByLabel("Order title").fill("Order " + code + " from its text");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Amended")).check();
        page.getByLabel("Order text").fill(signed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find requirements")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("What changed since the order's directives"))).isVisible();
        Locator changed = page.locator(".order-text-proposal").filter(new Locator.FilterOptions().setHasText("Changed, 2.a"));
        assertThat(changed.getByText("Deadline: 2026-09-03 → 2026-07-05")).isVisible();
        assertThat(changed.getByText("Draft the AI guidance " + code, new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(changed.locator("del").getByText("90")).isVisible();
        assertThat(changed.locator("ins").getByText("30")).isVisible();
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Accept Sec. 2(b)")).uncheck();
        Locator gone = page.locator(".order-text-proposal").filter(new Locator.FilterOptions().setHasText("2.d"));
        gone.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Retire 2.d")).click();
        assertThat(gone.getByText("Directive 2.d retired.")).isVisible();
        Browser.screenshot(page, "order-text-what-changed");
        assertThat(jdbc.sql("SELECT d.retired_at IS NOT NULL FROM directive d JOIN exec_order o ON o.id = d.order_id "
                + "WHERE o.code = ? AND d.code = '2.d'").param(code).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT actor FROM administration_change WHERE subject_type = 'directive' AND subject_key = ? "
                + "AND action = 'retired'").param(code + "/2.d").query(String.class).list()).containsExactly("admin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")).click();
        assertThat(page.getByText("Imported " + code)).isVisible();

        assertThat(jdbc.sql("SELECT deadline FROM directive WHERE id = ?").param(directive).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 7, 5));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ?")
                .param(code).query(Long.class).single()).as("2(b), dropped again, is still not added").isEqualTo(3);
        page.context().close();

        Page owner = signedIn("pm.cisa");
        owner.navigate(url("/tasks/" + task));
        owner.locator(".notification-bell vaadin-button").click();
        assertThat(owner.getByText("Directive " + code + " 2.a changed in the version", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        Browser.screenshot(owner, "order-text-owner-notified");
        owner.keyboard().press("Escape");
        Locator flag = owner.locator(".directive-changed");
        assertThat(flag).containsText("Directive changed in version Amended");
        owner.navigate(url("/tasks"));
        assertThat(owner.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("Draft the AI guidance " + code)).locator(".directive-changed")).isVisible();
        owner.navigate(url("/tasks/" + task));
        flag.hover();
        assertThat(owner.getByText("its deadline moved from 2026-09-03 to 2026-07-05", new Page.GetByTextOptions()
                .setExact(false))).isVisible();
        Browser.screenshot(owner, "order-text-task-flagged");
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Seen")).click();
        assertThat(flag).isHidden();
        owner.reload();
        assertThat(owner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Draft the AI guidance " + code)))
                .isVisible();
        assertThat(flag).isHidden();
        owner.navigate(url("/directives/" + directive));
        assertThat(owner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Version history"))).isVisible();
        assertThat(owner.getByText("Deadline: 2026-09-03 → 2026-07-05")).isVisible();
        Browser.screenshot(owner, "order-text-directive-history");
        owner.context().close();
    }

    /** Time in the browser since it was made, less what the test spent on its own checks and screenshots. */
    private static final class BrowserTime {
        private final long started = System.nanoTime();
        private long excluded;

        void excluding(Runnable check) {
            long before = System.nanoTime();
            check.run();
            excluded += System.nanoTime() - before;
        }

        long elapsedMillis() {
            return (System.nanoTime() - started - excluded) / 1_000_000;
        }
    }
}
