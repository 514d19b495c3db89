package org.policytracker.gap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * An oversight viewer opens the dashboard, filters it by a sector (the filter goes into the URL),
 * drills into a directive down to its agencies and tasks, and downloads the CSV. The viewer sees
 * no edit control anywhere on the dashboard.
 */
@PolicyTrackerTest
class GapDashboardBrowserTest extends BrowserTest {

    @Test
    void aViewerFiltersBySectorDrillsIntoADirectiveAndDownloadsTheCsv() throws Exception {
        Page page = signedIn("viewer.congress");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        assertThat(page.getByText("Directives on track")).isVisible();
        assertThat(page.locator("gap-chart").first()).isVisible();
        Browser.screenshot(page, "gap-dashboard");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("How is Off track computed?")).click();
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("Off track: index >= off-track-from",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG).getByText("EO-2026-AI-SEC D1 (index").first()).isVisible();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        page.locator("gap-chart").first().scrollIntoViewIfNeeded();
        assertThat(page.locator("gap-chart svg").first()).isVisible(); // drawn by ECharts
        Browser.screenshot(page, "gap-dashboard-trend");

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Sector")).fill("Hospitals");
        page.locator("vaadin-combo-box-item").getByText("Hospitals and healthcare").click();
        page.waitForURL(Pattern.compile(".*gaps\\?sector=healthcare.*"));
        Locator heatmap = page.locator("vaadin-grid-cell-content");
        assertThat(heatmap.getByText("Hospitals and healthcare").first()).isVisible();
        assertThat(heatmap.getByText("Financial services")).hasCount(0);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into EO-2026-AI-SEC D1")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("By agency (select one for its tasks)")).isVisible();
        dialog.locator("vaadin-grid-cell-content").getByText("Cybersecurity and Infrastructure Security Agency (CISA)",
                new Locator.GetByTextOptions().setExact(true)).first().click();
        assertThat(dialog.getByText("Tasks of Cybersecurity and Infrastructure Security Agency (CISA)")).isVisible();
        Locator taskLink = dialog.getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Inventory AI-enabled defensive capabilities on federal civilian networks"));
        assertThat(taskLink).isVisible();
        assertThat(taskLink).hasAttribute("href", Pattern.compile("tasks/\\d+"));
        Browser.screenshot(page, "gap-drill-down");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Save|Edit|Delete|New"))))
                .hasCount(0);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("CSV").setExact(true)).click());
        assertThat(download.suggestedFilename()).matches("gap-dashboard-2026-Q\\d-\\d{4}-\\d{2}-\\d{2}\\.csv");
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("section,directive,measure,sector,period,metric,value");
        assertThat(csv).contains("measure-sector").contains("Hospitals and healthcare").doesNotContain("Financial services");

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF report")).click());
        byte[] report = Files.readAllBytes(pdf.path());
        assertThat(new String(report, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Browser.screenshot(page, "gap-report").resolveSibling("gap-report.pdf"), report);
        page.context().close();
    }
}
