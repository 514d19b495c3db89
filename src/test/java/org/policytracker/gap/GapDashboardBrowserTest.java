package org.policytracker.gap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * An oversight viewer reads the dashboard of the {@link GapFixture} order, as of the fixture's day
 * or another day picked in the "As of" field (kept in the URL with the other filters), and sees
 * the same figures as the API for that day; filters it by a sector, drills into a directive down
 * to an agency's task (a read-only page), and downloads the CSV and PDF of what is shown. The
 * headline cards are separate boxes side by side on a desktop and stacked on a phone.
 */
@PolicyTrackerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(GapFixture.Lifecycle.class)
class GapDashboardBrowserTest extends BrowserTest {

    /** A day other than the fixture's: A2 (due 2026-11-12) is not overdue yet, so figures differ. */
    private static final LocalDate EARLIER = GapFixture.AS_OF.minusDays(10);

    @Autowired
    Clock clock;
    @Autowired
    GapMetricsService metrics;

    GapFixture fx;

    private Page dashboard(String query) {
        Page page = signedIn("viewer.congress");
        page.navigate(url("/gaps?order=" + fx.order + query));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Gap overview"))).isVisible();
        return page;
    }

    private static Locator card(Page page, String label) {
        return page.locator(".gap-card").filter(new Locator.FilterOptions().setHas(page.locator(".gap-card-label",
                new Page.LocatorOptions().setHasText(Pattern.compile("^" + label + "$")))));
    }

    private static String figure(Page page, String label) {
        return card(page, label).locator(".gap-card-figure").innerText();
    }

    private GapDashboard api(LocalDate asOf) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/gaps?order=" + fx.order + "&asOf=" + asOf)))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("viewer.congress:" + users.find("viewer.congress").orElseThrow().password())
                                .getBytes(StandardCharsets.UTF_8)))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return JsonMapper.builder().build().readValue(response.body(), GapDashboard.class);
        }
    }

    @Test
    void aViewerSeesTheFixtureAsOfItsDayFiltersBySectorAndDownloadsWhatIsShown() throws Exception {
        Page page = dashboard("&asOf=" + GapFixture.AS_OF);
        assertThat(page.getByText("As of 2026-11-22; reports of period 2026-Q3 (2026-07-01 to 2026-09-30).")).isVisible();
        assertThat(page.getByLabel("As of", new Page.GetByLabelOptions().setExact(true))).hasValue("2026-11-22");
        // one directive of each status (GapMetricsServiceTest works them out)
        assertThat(card(page, "Directives on track").locator(".gap-card-figure")).hasText("1");
        assertThat(card(page, "Off track").locator(".gap-card-figure")).hasText("1");
        assertThat(card(page, "Overdue tasks").locator(".gap-card-figure")).hasText("4 of 4 open");
        assertThat(page.locator("gap-chart").first()).isVisible();
        // each status says why under its badge: directive C's index reached the off-track threshold
        assertThat(page.locator("vaadin-grid-cell-content .gap-status-why")
                .getByText("index ≥ " + Fmt.number(metrics.settings().offTrackFrom()))).hasCount(1);
        Browser.screenshot(page, "gap-dashboard");
        Browser.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("How is Off track computed?")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Off track: gap index at or above the off-track threshold", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(dialog.getByText("FX-GAP-ORDER C (index 100.0, No projection", new Locator.GetByTextOptions()
                .setExact(false))).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        page.locator("gap-chart").first().scrollIntoViewIfNeeded();
        assertThat(page.locator("gap-chart svg").first()).isVisible(); // drawn by ECharts
        Browser.screenshot(page, "gap-dashboard-trend");

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Sector")).fill("FX Sector 1");
        page.locator("vaadin-combo-box-item").getByText("FX Sector 1").click();
        page.waitForURL(Pattern.compile(".*gaps\\?.*sector=fx-s1.*"));
        assertThat(page.url()).contains("order=" + fx.order).contains("asOf=2026-11-22");
        // the uptake matrix has a column for the chosen sector only
        Locator sectorColumns = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
                .setName("Uptake by measure and sector")).getByRole(AriaRole.COLUMNHEADER);
        assertThat(sectorColumns.getByText("FX Sector 1", new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(sectorColumns.getByText("FX Sector 2", new Locator.GetByTextOptions().setExact(true))).hasCount(0);
        // a cell of the matrix opens its measure's drill-down
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^FX-MA, FX Sector 1: ")))
                .click();
        Locator drillDown = page.getByRole(AriaRole.DIALOG);
        assertThat(drillDown.getByText("By sector (select one for its reports)")).isVisible();
        assertThat(drillDown).containsText("FX-MA Fixture measure FX-MA");
        assertThat(drillDown).containsText("Period 2026-Q3: uptake");
        drillDown.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();
        assertThat(drillDown).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("Save|Edit|Delete|New"))))
                .hasCount(0);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("CSV").setExact(true)).click());
        assertThat(download.suggestedFilename()).isEqualTo("gap-dashboard-2026-Q3-2026-11-22.csv");
        String csv = Files.readString(download.path());
        assertThat(csv).startsWith("section,directive,measure,sector,period,metric,value")
                .contains("measure-sector,FX-GAP-ORDER A,FX-MA Fixture measure FX-MA,FX Sector 1,2026-Q3,participating,60")
                .doesNotContain("FX Sector 2");
        assertThat(csv.lines().filter(line -> line.startsWith("directive,"))).allSatisfy(
                line -> assertThat(line).startsWith("directive,FX-GAP-ORDER "));

        Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("PDF report")).click());
        assertThat(pdf.suggestedFilename()).isEqualTo("gap-dashboard-2026-Q3-2026-11-22.pdf");
        byte[] report = Files.readAllBytes(pdf.path());
        assertThat(new String(report, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.write(Browser.screenshot(page, "gap-report").resolveSibling("gap-report.pdf"), report);

        Download html = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("HTML report")).click());
        assertThat(html.suggestedFilename()).isEqualTo("gap-dashboard-2026-Q3-2026-11-22.html");
        assertThat(Files.readString(html.path())).contains("<h1>Implementation gap dashboard</h1>")
                .contains("<th scope=\"row\">FX-GAP-ORDER A</th>").doesNotContain("FX Sector 2");
        page.context().close();
    }

    @Test
    void theFiguresAtTheTopArriveFirstAndTheSectionsBelowFollowByThemselves() {
        Page page = signedIn("viewer.congress");
        List<Response> answers = new ArrayList<>();
        page.onResponse(response -> {
            if (response.url().contains("v-r=")) {
                answers.add(response);
            }
        });
        page.navigate(url("/gaps?order=" + fx.order + "&asOf=" + GapFixture.AS_OF));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Uptake by sector and measure")))
                .isVisible();
        assertThat(page.getByText("How every figure is computed")).isVisible();
        assertThat(page.locator(".gap-dashboard")).not().hasAttribute("aria-busy", "true");
        List<String> bodies = answers.stream().map(Response::text).toList();
        String first = bodies.stream().filter(body -> body.contains("Directives on track")).findFirst().orElseThrow();
        assertThat(first).as("the answer that brings the headline figures").doesNotContain("Uptake by sector and measure");
        assertThat(bodies.subList(bodies.indexOf(first) + 1, bodies.size()))
                .anySatisfy(later -> assertThat(later).contains("Uptake by sector and measure", "Trend by period"));
        Browser.assertAccessible(page);
    }

    @Test
    void theDashboardAsOfADayPickedInTheFilterBarShowsTheApisFiguresForThatDay() throws Exception {
        assertThat(EARLIER).as("a day other than today, so that ignoring asOf would show").isNotEqualTo(LocalDate.now(clock));
        GapDashboard expected = api(EARLIER);
        assertThat(expected.headline()).as("the figures of that day differ from today's")
                .isNotEqualTo(api(LocalDate.now(clock)).headline());

        Page page = dashboard("&sector=fx-s1");
        Locator asOf = page.getByLabel("As of", new Page.GetByLabelOptions().setExact(true));
        assertThat(asOf).hasValue(LocalDate.now(clock).toString()); // default: the clock's today
        asOf.fill(EARLIER.toString());
        asOf.press("Enter");
        page.waitForURL(Pattern.compile(".*asOf=" + EARLIER + ".*"));
        assertThat(page.url()).contains("order=" + fx.order).contains("sector=fx-s1");
        page.navigate(url("/gaps?order=" + fx.order + "&asOf=" + EARLIER)); // the API's call has no sector
        assertThat(page.getByText("As of " + EARLIER + ";")).isVisible();
        assertThat(page.getByLabel("As of", new Page.GetByLabelOptions().setExact(true))).hasValue(EARLIER.toString());

        Headline h = expected.headline();
        assertThat(List.of(figure(page, "Directives on track"), figure(page, "At risk"), figure(page, "Off track"),
                figure(page, "Implementation gap index"), figure(page, "Overdue tasks"), figure(page, "Uptake against target")))
                .containsExactly(String.valueOf(h.onTrack()), String.valueOf(h.atRisk()), String.valueOf(h.offTrack()),
                        Fmt.number(h.gapIndex()), h.overdueTasks() + " of " + h.openTasks() + " open",
                        Fmt.percent(h.reports().uptake()) + " · " + h.measuresAtTarget() + " of "
                                + h.measuresWithUptake() + " measures at target");
        Browser.screenshot(page, "gap-dashboard-as-of-earlier-day");
        Browser.assertAccessible(page);

        DirectiveGap a = expected.directives().stream().filter(d -> d.id() == fx.directiveA).findFirst().orElseThrow();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into FX-GAP-ORDER A")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("Gap index " + Fmt.number(a.gapIndex()) + " (" + a.status().label() + ")",
                new Locator.GetByTextOptions().setExact(false))).isVisible();
        assertThat(dialog.getByText(a.tasks().tasks() + " tasks, execution " + Fmt.percent(a.tasks().execution()) + ", "
                + a.tasks().overdueTasks() + " overdue", new Locator.GetByTextOptions().setExact(false))).isVisible();
        page.context().close();
    }

    @Test
    void aViewerDrillsIntoADirectiveDownToAnAgencysTaskAndReadsIt() {
        Page page = dashboard("&asOf=" + GapFixture.AS_OF);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into FX-GAP-ORDER A")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog.getByText("By agency (select one for its tasks)")).isVisible();
        dialog.locator("vaadin-grid-cell-content").getByText("FX Agency B", new Locator.GetByTextOptions().setExact(true))
                .first().click();
        assertThat(dialog.getByText("Tasks of FX Agency B")).isVisible();
        assertThat(dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("FX A4"))).isVisible();
        Locator taskLink = dialog.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("FX A3"));
        assertThat(taskLink).hasAttribute("href", Pattern.compile("tasks/\\d+/view"));
        Browser.screenshot(page, "gap-drill-down");
        Browser.assertAccessible(page);

        taskLink.click();
        page.waitForURL(Pattern.compile(".*/tasks/\\d+/view"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("FX A3"))).isVisible();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        assertThat(page.getByText("Read-only: the program managers of FX Agency B keep this task up to date.")).isVisible();
        assertThat(page.getByText("Not started", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("2026-10-23 (overdue)")).isVisible(); // open and due before any test clock's today
        assertThat(page.getByRole(AriaRole.TEXTBOX)).hasCount(0);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                Pattern.compile("Save|Add|Post|Discard")))).hasCount(0);
        Browser.screenshot(page, "gap-drill-down-task");
        page.context().close();
    }

    @Test
    void theHeadlineCardsAreBoxesSideBySideOnADesktopAndStackedOnAPhone() {
        Page page = dashboard("&asOf=" + GapFixture.AS_OF);
        Locator cards = page.locator(".gap-card");
        assertThat(cards).hasCount(6);
        Browser.waitForContent(page);
        assertThat(cards.first()).hasCSS("border-top-style", "solid");
        List<BoundingBox> desktop = boxes(cards);
        for (int i = 0; i < 2; i++) {
            BoundingBox left = desktop.get(i);
            BoundingBox right = desktop.get(i + 1);
            assertThat(right.y).as("card %d on the same line as card %d", i + 2, i + 1).isCloseTo(left.y, within(1.0));
            assertThat(right.x).as("card %d right of card %d", i + 2, i + 1).isGreaterThan(left.x + left.width);
        }
        BoundingBox figure = cards.first().locator(".gap-card-figure").boundingBox();
        BoundingBox label = cards.first().locator(".gap-card-label").boundingBox();
        assertThat(label.y).as("the label under the figure").isGreaterThanOrEqualTo(figure.y + figure.height - 1);
        cards.first().scrollIntoViewIfNeeded();
        Browser.screenshot(page, "gap-cards-desktop");

        page.setViewportSize(390, 844);
        // the dashboard lays itself out again after the resize: wait until its filters have folded (a round trip to
        // the server) and the cards have settled into one column
        page.waitForFunction("() => { const cards = [...document.querySelectorAll('.gap-card')]"
                + ".map(card => card.getBoundingClientRect());"
                + " return !document.querySelector('.gap-dashboard vaadin-details').opened"
                + " && cards.length > 1 && cards.every((card, i) => i === 0 || card.top >= cards[i - 1].bottom); }");
        List<BoundingBox> phone = boxes(cards);
        for (int i = 0; i + 1 < phone.size(); i++) {
            BoundingBox upper = phone.get(i);
            BoundingBox lower = phone.get(i + 1);
            assertThat(lower.y).as("card %d below card %d", i + 2, i + 1).isGreaterThanOrEqualTo(upper.y + upper.height);
            assertThat(lower.x).as("card %d aligned with card %d", i + 2, i + 1).isCloseTo(upper.x, within(1.0));
            assertThat(upper.x + upper.width).as("card %d within the screen", i + 1).isLessThanOrEqualTo(390);
        }
        BoundingBox signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                .boundingBox();
        assertThat(signOut.x + signOut.width).as("the header's sign-out button within the screen").isLessThanOrEqualTo(390);
        cards.first().scrollIntoViewIfNeeded();
        Browser.screenshot(page, "gap-cards-phone");
        Browser.assertAccessible(page);
        page.context().close();
    }

    private static List<BoundingBox> boxes(Locator locator) {
        return locator.all().stream().map(Locator::boundingBox).toList();
    }

    @Test
    void malformedParametersInTheAddressAreExplainedAndTheOtherFiltersStillApply() {
        LocalDate today = LocalDate.now(clock);
        Page page = dashboard("&asOf=2026-13-45&period=latest");
        Locator alerts = page.getByRole(AriaRole.ALERT);
        assertThat(alerts.filter(new Locator.FilterOptions().setHasText("as-of date"))).hasText("The as-of date "
                + "'2026-13-45' is not a date of the form YYYY-MM-DD; showing the figures as of today, " + today + ".");
        assertThat(alerts.filter(new Locator.FilterOptions().setHasText("period filter")))
                .hasText("The period filter 'latest' is not a valid id; it is left out.");
        assertThat(page.getByText("As of " + today + ";")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into FX-GAP-ORDER A")))
                .isVisible();
        assertThat(page.getByText("Exception")).hasCount(0);
        Browser.screenshot(page, "gap-dashboard-bad-parameters");
        page.context().close();
    }
}
