package org.policytracker.gap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;

/**
 * The HTML report as a person with a screen reader meets it in Chromium: one top heading, a heading per
 * part, tables named by their captions with column and row headers, the figures as text, and no axe-core
 * violation.
 */
class GapHtmlReportBrowserTest {

    @Test
    void theHtmlReportIsAnAccessibleDocument() {
        String html = new GapHtmlReport(GapPdfReportTest.SETTINGS).render(GapPdfReportTest.dashboard());
        try (Browser browser = new Browser()) {
            Page page = browser.newPage();
            page.setContent(html);

            assertThat(page).hasTitle("Implementation gap dashboard, as of 2026-11-22");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .hasText("Implementation gap dashboard");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2))).hasText(new String[] {
                    "Headline", "Directives", "Uptake by measure and sector", "Trend by period", "Definitions"});
            var directives = page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions()
                    .setName("Directives: task execution, gap index, status and forecast"));
            assertThat(directives.getByRole(AriaRole.COLUMNHEADER, new com.microsoft.playwright.Locator
                    .GetByRoleOptions().setName("Gap index"))).isVisible();
            assertThat(directives.getByRole(AriaRole.ROWHEADER, new com.microsoft.playwright.Locator
                    .GetByRoleOptions().setName("EO D2"))).isVisible();
            assertThat(directives).containsText("Accelerate cyber defence");
            assertThat(directives).containsText("No data");
            Browser.assertAccessible(page);
            Browser.screenshot(page, "gap-html-report");
        }
    }
}
