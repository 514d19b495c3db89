package org.policytracker.uptake;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.DueReports;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.RawHttp;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.tenant.TenantService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reporter fills the report form and submits; a lead agency's manager accepts a report; a reporter
 * imports a CSV file. Measures and periods are the class's own: DEFENSE (CISA) for finance and state
 * and local government, FRONTIER (NSA) and THREAT (CISA) for frontier AI developers; one period per test.
 */
@PolicyTrackerTest
class ReportingBrowserTest extends BrowserTest {

    private static TestOrder order;

    @Autowired
    ReportingFixtures fixtures;
    @Autowired
    SignedIn signedIn;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportReviewService review;
    @Autowired
    TenantService tenants;
    @Autowired
    DueReports dueReports;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("REPORTUI").directive("CISA", "cisa").directive("NSA", "nsa")
                .measure("DEFENSE", "CISA", "finance", "state-local-government")
                .measure("FRONTIER", "NSA", "frontier-ai").measure("THREAT", "CISA", "frontier-ai")
                .period("FORM", PeriodStatus.OPEN).period("REVIEW", PeriodStatus.OPEN).period("CSV", PeriodStatus.OPEN)
                .create();
    }

    @Test
    void aReporterFillsTheFormSubmitsAndSeesTheReportInItsHistory() {
        String period = order.period("FORM");
        String defense = order.measure("DEFENSE");
        Page page = signedIn("reporter.slg");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My sectors' reporting"))).isVisible();
        dueReports.scrollTo(page, "reporter.slg", defense, period);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Report " + defense + " for State and local government, " + period).setExact(true)).click();
        // the form is filled in for that report (and takes the focus) before anyone types into it
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Reporting period")))
                .hasValue(Pattern.compile("^" + period + " \\(due "));

        // A mistake first: more verified than participating organisations.
        page.getByLabel("Eligible organisations").fill("420");
        page.getByLabel("Participating organisations").fill("130");
        page.getByLabel("Independently verified").fill("150");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.getByText("is 150, more than the participating count 130").first()).isVisible();
        // the summary names the field as the form labels it, not by its internal name
        assertThat(page.getByText("Not saved: Independently verified is 150, more than the participating count 130"))
                .isVisible();
        assertThat(page.getByText("Not saved:")).not().containsText("verifiedCount");
        assertThat(fixtures.revisions("slg-assoc", period)).isZero();

        page.getByLabel("Independently verified").fill("45");
        page.getByLabel("Evidence note").fill("County CISO survey, 420 of 500 counties answered");
        page.getByLabel("Evidence link label").fill("Survey results");
        page.getByLabel("Evidence link address (https://...)").fill("https://example.org/slg/survey");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit").setExact(true)).click();
        assertThat(page.getByText("Submitted for review: revision 1 of " + defense).first()).isVisible();
        // the evidence link stays in view under the form, as a link to the evidence
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Survey results")))
                .hasAttribute("href", "https://example.org/slg/survey");

        Locator history = page.locator("#report-history vaadin-grid-cell-content");
        assertThat(history.getByText("submitted").first()).isVisible();
        assertThat(history.getByText("420 / 130 / 45", new Locator.GetByTextOptions().setExact(true))).isVisible();
        // people by name, not by username
        assertThat(history.getByText(Pattern.compile("^" + users.find("reporter.slg").orElseThrow().displayName() + ", ")))
                .isVisible();
        assertThat(fixtures.status("slg-assoc", defense, "state-local-government", period, 1))
                .isEqualTo("SUBMITTED");
        // every column of "All reports" fits a 1366 px screen: the last one ends inside the grid
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("All reports")).click();
        Locator allReports = page.locator("#all-reports");
        allReports.scrollIntoViewIfNeeded();
        assertThat(allReports.locator("vaadin-grid-cell-content").getByText("420 / 130 / 45",
                new Locator.GetByTextOptions().setExact(true))).isVisible();
        BoundingBox grid = allReports.boundingBox();
        BoundingBox comments = allReports.locator("vaadin-grid-cell-content").getByText("Comments",
                new Locator.GetByTextOptions().setExact(true)).boundingBox();
        assertThat(comments.x + comments.width).as("last column inside the grid").isLessThanOrEqualTo(grid.x + grid.width);
        Browser.screenshot(page, "reporting-form-submitted");
        page.context().close();
    }

    @Test
    void aLeadAgencyManagerAcceptsASubmittedReport() {
        String period = order.period("REVIEW");
        String defense = order.measure("DEFENSE");
        ReportRow submitted = signedIn.as("reporter.finance", () -> reporting.submit(new ReportInput(
                defense, "finance", period, 4800, 1500, 700, "Examiner attestations", List.of())));
        Page page = signedIn("pm.cisa");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports to review")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reports to review"))).isVisible();
        // the queue holds every report waiting for CISA, oldest first: scroll to this one, as a person would
        int row = signedIn.as("pm.cisa", review::awaitingReview).stream().map(ReportRow::id).toList()
                .indexOf(submitted.id());
        Browser.scrollGridTo(page.locator("vaadin-grid"), row);
        Browser.screenshot(page, "reports-to-review");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Accept " + defense + " for Financial services, " + period + " ("
                        + tenants.find("finance-assoc").orElseThrow().getName() + ")")
                .setExact(true)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        Locator note = dialog.getByLabel("Note (optional)");
        note.waitFor();
        // what is being accepted: the figures and the evidence, not only the report's title
        Locator facts = dialog.locator("dl.facts");
        assertThat(facts.getByText("4800", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("1500", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("700", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(facts.getByText("Examiner attestations")).isVisible();
        Browser.screenshot(page, "review-accept-dialog-opening"); // renders frames so the opening animation ends
        note.fill("Consistent with examiner data");
        Browser.screenshot(page, "review-accept-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(page.getByText("Accepted: it now counts in the metrics.")).isVisible();
        assertThat(fixtures.status("finance-assoc", defense, "finance", period, 1)).isEqualTo("ACCEPTED");
        assertThat(submitted.revision()).isEqualTo(1);
        page.context().close();
    }

    @Test
    void aReporterDownloadsTheTemplateAndImportsACsvFileAfterCorrectingIt() throws Exception {
        String period = order.period("CSV");
        String frontier = order.measure("FRONTIER");
        String threat = order.measure("THREAT");
        Page page = signedIn("reporter.frontier");
        // the import is folded under its summary until opened
        assertThat(page.getByText("Download the CSV template")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import from CSV")).click();
        Download template = page.waitForDownload(() -> page.getByText("Download the CSV template").click());
        String templateText = Files.readString(template.path());
        assertThat(templateText).startsWith(String.join(",", ReportCsvImport.COLUMNS))
                .contains(frontier + ",frontier-ai," + period + ",,,,");

        String header = String.join(",", ReportCsvImport.COLUMNS) + "\n";
        Locator fileInput = page.locator("vaadin-upload input[type=file]");
        fileInput.setInputFiles(new FilePayload("q.csv", "text/csv", (header
                + frontier + ",frontier-ai," + period + ",12,7,5,Forum survey\n"
                + threat + ",frontier-ai," + period + ",12,13,5,\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("1 problem in the file; nothing was imported")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("is 13, more than the eligible count 12")).isVisible();
        Browser.screenshot(page, "reporting-csv-problems");
        assertThat(fixtures.revisions("frontier-ai-assoc", period)).isZero();

        fileInput.setInputFiles(new FilePayload("q.csv", "text/csv", (header
                + frontier + ",frontier-ai," + period + ",12,7,5,Forum survey\n"
                + threat + ",frontier-ai," + period + ",12,9,5,\n").getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import 2 reports")).click();
        assertThat(page.getByText("Imported and submitted 2 reports.")).isVisible();
        assertThat(fixtures.revisions("frontier-ai-assoc", period)).isEqualTo(2);
        Browser.screenshot(page, "reporting-csv-imported");
        page.context().close();
    }

    @Test
    void aRawUploadOverTheLimitIsRefusedByItsLengthBeforeItIsRead() throws Exception {
        Page page = signedIn("reporter.frontier");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import from CSV")).click();
        String target = (String) page.locator("vaadin-upload").evaluate("upload => upload.target");
        String session = page.context().cookies().stream().filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst().orElseThrow().value;
        long started = System.nanoTime();
        // the file input's 20 MiB limit is the browser's; this goes around it, as a script would
        String path = URI.create(page.url()).resolve(target).getRawPath();
        RawHttp.Answer answer = RawHttp.exchangeZeros(port, "POST", path,
                Map.of("Cookie", "JSESSIONID=" + session, "Content-Type", "text/csv", "X-Filename", "big.csv"),
                150L * 1024 * 1024);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(answer.status()).as(path + " answered " + answer.headers() + answer.body()).isEqualTo(413);
        page.context().close();
    }
}
