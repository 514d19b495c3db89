package org.policytracker.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.MeasureAdministration;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.SectorAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator, in the browser alone, generates a quarterly schedule of reporting periods and
 * creates a voluntary measure for two sectors; both pages are accessible (axe-core) on a desktop and
 * on a phone, and a refused change is explained next to its field. The gap dashboard's "How computed?"
 * of uptake names a measure's terms in force for the period.
 */
@PolicyTrackerTest
class CatalogueAdministrationBrowserTest extends BrowserTest {

    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    MeasureAdministration measures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SectorAdministration sectors;

    @Test
    void theAdministratorGeneratesAQuarterlyScheduleAndCreatesAMeasureForTwoSectors() {
        TestOrder order = orders.order("UI-MEASURE").directive("A", "cisa").create();
        int year = ThreadLocalRandom.current().nextInt(2200, 9000);
        Page page = signedIn("admin");

        page.navigate(url("/admin/periods"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Reporting periods")))
                .isVisible();
        page.getByLabel("Quarterly").check();
        page.getByLabel("Reports due, days after each period ends").fill("30");
        fillDate(page, "First day covered", year + "-01-01");
        fillDate(page, "Last day covered", year + "-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate schedule")).click();
        assertThat(page.getByText("4 reporting periods created: " + year + "-Q1 to " + year + "-Q4")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Delete reporting period " + year + "-Q3"))).isVisible();
        assertThat(page.getByText("4 reporting periods created")).isHidden();
        Browser.screenshot(page, "admin-periods-desktop");
        Browser.assertAccessible(page);

        // the same schedule again overlaps it: refused next to the field, nothing created
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate schedule")).click();
        assertThat(page.locator("[slot=error-message]")
                .getByText("a reporting period " + year + "-Q1 already exists; nothing was created")).isVisible();

        page.navigate(url("/admin/measures"));
        String code = order.code() + "-MFA";
        page.getByLabel("Code").fill(code);
        page.getByLabel("Directive").fill(order.code() + " A");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(order.code() + " A — ")).click();
        assertThat(page.getByLabel("Lead agency")).hasValue(Pattern.compile("\\(CISA\\)"));
        page.getByLabel("Title").fill("Phishing-resistant MFA");
        page.getByLabel("Adoption definition").fill("MFA on every account with access to patient data");
        page.getByLabel("Eligible population").fill("Hospitals and banks");
        page.getByLabel("Target percent").fill("60");
        chooseSector(page, "Hospitals and healthcare");
        chooseSector(page, "Financial services");
        page.getByLabel("Sectors it applies to").press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save measure")).click();
        assertThat(page.getByText("Measure " + code + " saved")).isVisible();
        assertThat(page.getByText("60 % (Financial services, Hospitals and healthcare)")).isVisible();
        // axe looks at the page once the notice has faded out (mid-fade its text has too little contrast)
        assertThat(page.getByText("Measure " + code + " saved")).isHidden();
        Browser.screenshot(page, "admin-measures-desktop");
        Browser.assertAccessible(page);

        page.setViewportSize(390, 844);
        assertThat(page.getByLabel("Code")).isVisible();
        Browser.screenshot(page, "admin-measures-phone");
        Browser.assertAccessible(page);
        page.navigate(url("/admin/periods"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Generate schedule")))
                .isVisible();
        Browser.screenshot(page, "admin-periods-phone");
        Browser.assertAccessible(page);
        page.context().close();
    }

    @Test
    void howComputedNamesTheMeasureTermsInForceForThePeriod() {
        TestOrder order = orders.order("UI-TERMS").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("P1", PeriodStatus.OPEN).period("P2", PeriodStatus.OPEN).create();
        MeasureState current = signedIn.as("admin", () -> measures.get(order.measure("M")));
        signedIn.run("admin", () -> measures.edit(order.measure("M"), new MeasureInput(null, current.directiveId(),
                current.title(), current.adoptionDefinition(), current.eligiblePopulation(), new BigDecimal("70"),
                null, Set.of("healthcare"), order.period("P2"))));
        long period = jdbc.sql("SELECT id FROM reporting_period WHERE code = ?").param(order.period("P2"))
                .query(Long.class).single();
        Page page = signedIn("viewer.congress");

        page.navigate(url("/gaps?order=" + order.id() + "&period=" + period));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("How is Uptake computed?")).click();

        assertThat(page.getByRole(AriaRole.DIALOG)).containsText(order.measure("M") + ": terms in force since period "
                + order.period("P2") + " (target 70.0 %");
        Browser.screenshot(page, "gap-how-computed-terms");
        page.context().close();
    }

    @Test
    void theAdministratorCreatesASectorAndAnAssociationCoveringItAndARefusalShowsBesideItsField() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Page page = signedIn("admin");

        page.navigate(url("/admin/sectors"));
        field(page, "Id").fill("water-" + suffix);
        field(page, "Name").fill("Water " + suffix);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sector")).click();
        assertThat(page.getByText("Sector water-" + suffix + " saved")).isVisible();
        field(page, "Id").fill("water-" + suffix);
        field(page, "Name").fill("Again");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save sector")).click();
        assertThat(page.getByText("sector 'water-" + suffix + "' already exists")).isVisible();
        assertThat(page.getByText("Sector water-" + suffix + " saved")).isHidden();
        Browser.screenshot(page, "admin-sectors-desktop");
        Browser.assertAccessible(page);

        page.navigate(url("/admin/organisations"));
        field(page, "Id").fill("water-assoc-" + suffix);
        field(page, "Sector association").check();
        field(page, "Name").fill("Water Council " + suffix);
        field(page, "Aliases in order texts").fill("the Council\nWater Sector Council");
        field(page, "Sectors it reports for").fill("Water " + suffix);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Water " + suffix)).click();
        field(page, "Sectors it reports for").press("Escape");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save organisation")).click();
        assertThat(page.getByText("Water Council " + suffix + " saved")).isVisible();
        assertThat(page.getByText("the Council; Water Sector Council")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Deactivate Water Council " + suffix))).isVisible();
        Assertions.assertThat(signedIn.as("admin", () -> sectors.coveredBy("water-assoc-" + suffix)))
                .containsExactly("water-" + suffix);
        assertThat(page.getByText("Water Council " + suffix + " saved")).isHidden();
        Browser.screenshot(page, "admin-organisations-desktop");
        Browser.assertAccessible(page);
        page.setViewportSize(390, 844);
        Browser.screenshot(page, "admin-organisations-phone");
        Browser.assertAccessible(page);
        page.context().close();
    }

    /** The input labelled exactly so ("Id" would also match "Show or hide the navigation"). */
    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static void fillDate(Page page, String label, String isoDate) {
        page.getByLabel(label).fill(isoDate);
        page.getByLabel(label).press("Enter");
    }

    private static void chooseSector(Page page, String name) {
        page.getByLabel("Sectors it applies to").fill(name);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }
}
