package org.policytracker.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator's order configuration page: download an order's file, upload one, see the
 * preview, confirm; a file with problems lists each with its place and changes nothing.
 */
@PolicyTrackerTest
class OrderConfigurationBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private static String document(String code, String directive) {
        return """
                {"order": {"code": "%1$s", "title": "Order %1$s from a file", "signedOn": "2026-10-01", "status": "DRAFT"},
                 "directives": [
                   {"code": "A1", "title": "Set up the programme", "kind": "AGENCY_ACTION", "leadAgency": "cisa",
                    "supportingAgencies": ["dhs"], "deadline": "2027-01-31", "deadlineBasis": "STATED", "priority": "HIGH"}],
                 "measures": [
                   {"code": "%1$s-M", "directive": "%2$s", "title": "Join the programme", "adoptionDefinition": "Joined",
                    "eligiblePopulation": "Members", "targetPercent": 30, "targetBasis": "ASSUMED", "sectors": ["finance"]}],
                 "sectors": [], "periods": []}
                """.formatted(code, directive);
    }

    @Test
    void theAdministratorDownloadsAnOrderAndImportsAFileAfterItsPreview() throws Exception {
        Page page = signedIn("admin");
        page.navigate(url("/admin"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Order configuration: export or import an order as a file")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Order configuration"))).isVisible();

        Locator order = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Order"));
        order.click();
        order.fill("EO-2026-AI-SEC");
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("EO-2026-AI-SEC")).first().click();
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download JSON")).click());
        assertThat(download.suggestedFilename()).isEqualTo("EO-2026-AI-SEC.order.json");
        assertThat(Files.readString(download.path())).contains("\"code\" : \"EO-2026-AI-SEC\"", "\"directives\"");

        String code = "UI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Locator fileInput = page.locator("vaadin-upload input[type=file]");
        fileInput.setInputFiles(new FilePayload("bad.json", "application/json",
                document(code, "A9").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("The file cannot be imported (1 problem); nothing was changed.")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText("/measures/0/directive")).isVisible();
        Browser.screenshot(page, "order-configuration-problems");

        fileInput.setInputFiles(new FilePayload("good.json", "application/json",
                document(code, "A1").getBytes(StandardCharsets.UTF_8)));
        assertThat(page.getByText("Order " + code + ": 3 added, 0 changed")).isVisible();
        Browser.screenshot(page, "order-configuration-preview");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exec_order WHERE code = ?").param(code).query(Long.class).single())
                .as("the preview writes nothing").isZero();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm import")).click();
        assertThat(page.getByText("Imported order " + code + ": 3 added")).isVisible();
        Browser.screenshot(page, "order-configuration-imported");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
        page.context().close();
    }
}
