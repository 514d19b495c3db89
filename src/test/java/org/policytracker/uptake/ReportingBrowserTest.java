package org.policytracker.uptake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;

/** A reporter fills the report form and submits; a lead agency's manager accepts a report. */
@PolicyTrackerTest
class ReportingBrowserTest extends BrowserTest {

    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportingService reporting;

    @Test
    void aReporterFillsTheFormSubmitsAndSeesTheReportInItsHistory() {
        String period = fixtures.period("T-UI", PeriodStatus.OPEN);
        Page page = signedIn("reporter.slg");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My sectors' reporting"))).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Report M-AI-DEFENSE-DEPLOYMENT for State and local government, " + period).setExact(true)).click();

        // A mistake first: more verified than participating organisations.
        page.getByLabel("Eligible organisations").fill("420");
        page.getByLabel("Participating organisations").fill("130");
        page.getByLabel("Independently verified").fill("150");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.getByText("is 150, more than the participating count 130").first()).isVisible();
        assertThat(fixtures.revisions("slg-assoc", period)).isZero();

        page.getByLabel("Independently verified").fill("45");
        page.getByLabel("Evidence note").fill("County CISO survey, 420 of 500 counties answered");
        page.getByLabel("Evidence link label").fill("Survey results");
        page.getByLabel("Evidence link address (https://...)").fill("https://example.org/slg/survey");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.getByText("Submitted for review: revision 1 of M-AI-DEFENSE-DEPLOYMENT").first()).isVisible();

        Locator history = page.locator("#report-history vaadin-grid-cell-content");
        assertThat(history.getByText("submitted").first()).isVisible();
        assertThat(history.getByText("130", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(fixtures.status("slg-assoc", "M-AI-DEFENSE-DEPLOYMENT", "state-local-government", period, 1))
                .isEqualTo("SUBMITTED");
        Browser.screenshot(page, "reporting-form-submitted");
        page.context().close();
    }

    @Test
    void aLeadAgencyManagerAcceptsASubmittedReport() {
        String period = fixtures.period("T-UI-REVIEW", PeriodStatus.OPEN);
        ReportRow submitted = signedIn.as("reporter.finance", () -> reporting.submit(new ReportInput(
                "M-AI-DEFENSE-DEPLOYMENT", "finance", period, 4800, 1500, 700, "Examiner attestations", List.of())));
        Page page = signedIn("pm.cisa");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports to review")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports to review"))).isVisible();
        Browser.screenshot(page, "reports-to-review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Accept M-AI-DEFENSE-DEPLOYMENT for Financial services, " + period + " (finance-assoc)")
                .setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator note = dialog.getByLabel("Note (optional)");
        note.waitFor();
        Browser.screenshot(page, "review-accept-dialog-opening"); // renders frames so the opening animation ends
        note.fill("Consistent with examiner data");
        Browser.screenshot(page, "review-accept-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.getByText("Accepted: it now counts in the metrics.")).isVisible();
        assertThat(fixtures.status("finance-assoc", "M-AI-DEFENSE-DEPLOYMENT", "finance", period, 1)).isEqualTo("ACCEPTED");
        assertThat(submitted.revision()).isEqualTo(1);
        page.context().close();
    }

    @Test
    void aReporterDownloadsTheTemplateAndImportsACsvFileAfterCorrectingIt() throws Exception {
        String period = fixtures.period("T-UI-CSV", PeriodStatus.OPEN);
        Page page = signedIn("reporter.frontier");
        Download template = page.waitForDownload(() -> page.getByText("Download the CSV template").click());
        String templateText = Files.readString(template.path());
        assertThat(templateText).startsWith(String.join(",", ReportCsvImport.COLUMNS))
                .contains("M-FRONTIER-PRERELEASE-REVIEW,frontier-ai," + period + ",,,,");

        String header = String.join(",", ReportCsvImport.COLUMNS) + "\n";
        Locator fileInput = page.locator("vaadin-upload input[type=file]");
        fileInput.setInputFiles(new FilePayload("q.csv", "text/csv", (header
                + "M-FRONTIER-PRERELEASE-REVIEW,frontier-ai," + period + ",12,7,5,Forum survey\n"
                + "M-AI-THREAT-SHARING,frontier-ai," + period + ",12,13,5,\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("1 problem in the file; nothing was imported")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("is 13, more than the eligible count 12")).isVisible();
        Browser.screenshot(page, "reporting-csv-problems");
        assertThat(fixtures.revisions("frontier-ai-assoc", period)).isZero();

        fileInput.setInputFiles(new FilePayload("q.csv", "text/csv", (header
                + "M-FRONTIER-PRERELEASE-REVIEW,frontier-ai," + period + ",12,7,5,Forum survey\n"
                + "M-AI-THREAT-SHARING,frontier-ai," + period + ",12,9,5,\n").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 reports")).click();
        assertThat(page.getByText("Imported and submitted 2 reports.")).isVisible();
        assertThat(fixtures.revisions("frontier-ai-assoc", period)).isEqualTo(2);
        Browser.screenshot(page, "reporting-csv-imported");
        page.context().close();
    }
}
