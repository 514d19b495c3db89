package org.policytracker.admin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;

/**
 * Issue 12's end-to-end case, in the browser alone: the administrator puts a second order under
 * tracking from the Administration hub (a new agency, the order, three directives — one due "90 days
 * after signing", one led by the new agency — a voluntary measure for two sectors, a quarterly schedule
 * of reporting periods and a program manager for the new agency); that program manager signs in with
 * the initial password, sets their own, finds the new directive and creates a task under it; the
 * oversight viewer finds the new order among the gap overview's Order filter choices. The person's
 * steps of the set-up are counted and printed with the time they took.
 */
@PolicyTrackerTest
class SecondOrderEndToEndBrowserTest extends BrowserTest {

    private static final String OWN_PASSWORD = "harbour lanterns at dusk";

    @Test
    void theAdministratorSetsUpASecondOrderThatItsNewAgencyWorksOnAndOversightSees() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String lower = suffix.toLowerCase(Locale.ROOT);
        // sorts before the demo and the other tests' orders: among the first rows of /directives
        String code = "A-SECOND-" + suffix;
        String orderTitle = "Securing maritime ports " + suffix;
        String agencyId = "ports-" + lower;
        String agencyName = "Port Security Agency " + suffix;
        String ledByNewAgency = "Inventory the control systems of every port " + suffix;
        String username = "pm.ports." + lower;
        // a year no other test schedules periods in (periods never overlap)
        int year = ThreadLocalRandom.current().nextInt(9100, 9990);
        Person admin = new Person(signedIn("admin"));
        Page page = admin.page;

        admin.navigate(url("/admin"));
        assertThat(heading(page)).hasText("Administration");
        checked(admin, "second-order-hub");

        // 1. the new agency
        admin.click(hubLink(page, "Organisations"));
        assertThat(heading(page)).hasText("Organisations");
        admin.fill(field(page, "Id"), agencyId);
        assertThat(field(page, "Agency")).isChecked(); // the kind a new organisation starts as
        admin.fill(field(page, "Name"), agencyName);
        admin.fill(field(page, "Acronym"), "PSA-" + suffix);
        admin.fill(field(page, "Aliases in order texts"), "the Port Security Agency");
        admin.click(button(page, "Save organisation"));
        assertThat(page.getByText(agencyName + " saved")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content").getByText(agencyId, new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        assertThat(page.getByText(agencyName + " saved")).isHidden(); // axe after the notice has faded
        checked(admin, "second-order-organisations");

        // 2. the order
        admin.backToHub();
        admin.click(hubLink(page, "Orders and directives: enter and edit them"));
        assertThat(heading(page)).hasText("Orders");
        admin.click(button(page, "New order"));
        assertThat(heading(page)).hasText("New order");
        admin.fill(field(page, "Code"), code);
        admin.fill(field(page, "Number"), "EO 14" + ThreadLocalRandom.current().nextInt(100, 999));
        admin.fill(field(page, "Title"), orderTitle);
        admin.fillDate(field(page, "Signed on"), "2026-06-02");
        admin.choose(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Status")), "In force",
                "In force");
        admin.click(button(page, "Create order"));
        page.waitForURL("**/admin/order/" + code);
        assertThat(heading(page)).hasText("Order " + code);

        // 3. three directives: one due 90 days after signing, one led by the new agency
        Locator dialog = admin.openDirectiveDialog();
        admin.fill(dialogField(dialog, "Code"), "D1");
        admin.fill(dialogField(dialog, "Section of the order"), "Sec. 2(a)");
        admin.fill(dialogField(dialog, "Title"), "Assess the cyber defences of port operators " + suffix);
        admin.chooseLead(dialog, "CISA", "Cybersecurity and Infrastructure Security Agency (CISA)");
        admin.check(dialog.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Days after signing")));
        admin.fill(dialogField(dialog, "Number of days after signing"), "90");
        assertThat(dialog.getByText("Falls on 2026-08-31 (signed 2026-06-02 + 90 days)")).isVisible();
        admin.addDirective(dialog, "D1");

        dialog = admin.openDirectiveDialog();
        admin.fill(dialogField(dialog, "Code"), "D2");
        admin.fill(dialogField(dialog, "Section of the order"), "Sec. 2(b)");
        admin.fill(dialogField(dialog, "Title"), ledByNewAgency);
        admin.chooseLead(dialog, agencyName, agencyName);
        checked(admin, "second-order-directive-led-by-new-agency");
        admin.addDirective(dialog, "D2");

        dialog = admin.openDirectiveDialog();
        admin.fill(dialogField(dialog, "Code"), "D3");
        admin.fill(dialogField(dialog, "Title"), "Report the ports' progress to the Council " + suffix);
        admin.chooseLead(dialog, "CISA", "Cybersecurity and Infrastructure Security Agency (CISA)");
        admin.addDirective(dialog, "D3");

        Locator cells = page.locator("vaadin-grid-cell-content");
        page.locator("vaadin-grid").scrollIntoViewIfNeeded();
        assertThat(cells.getByText("90 days after signing: 2026-08-31 (stated)")).isVisible();
        assertThat(cells.getByText(ledByNewAgency)).isVisible();
        assertThat(cells.getByText(agencyName)).isVisible();
        checked(admin, "second-order-editor");

        // 4. a voluntary measure for two sectors on D1
        admin.backToHub();
        admin.click(hubLink(page, "Voluntary measures"));
        String measure = code + "-MFA";
        admin.fill(page.getByLabel("Code"), measure);
        admin.choose(page.getByLabel("Directive"), code + " D1",
                page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(code + " D1 — ")));
        assertThat(page.getByLabel("Lead agency")).hasValue(Pattern.compile("\\(CISA\\)"));
        admin.fill(page.getByLabel("Title"), "Phishing-resistant MFA at port operators");
        admin.fill(page.getByLabel("Adoption definition"), "MFA on every account that reaches a terminal's systems");
        admin.fill(page.getByLabel("Eligible population"), "Port operators and their carriers");
        admin.fill(page.getByLabel("Target percent"), "75");
        admin.chooseSector("Transportation");
        admin.chooseSector("Energy and utilities");
        page.getByLabel("Sectors it applies to").press("Escape");
        admin.click(button(page, "Save measure"));
        assertThat(page.getByText("Measure " + measure + " saved")).isVisible();
        assertThat(page.getByText("75 % (Energy and utilities, Transportation)")).isVisible();
        assertThat(page.getByText("Measure " + measure + " saved")).isHidden();
        checked(admin, "second-order-measure");

        // 5. a quarterly schedule of reporting periods
        admin.backToHub();
        admin.click(hubLink(page, "Reporting periods"));
        assertThat(heading(page)).hasText("Reporting periods");
        admin.check(page.getByLabel("Quarterly"));
        admin.fill(page.getByLabel("Reports due, days after each period ends"), "30");
        admin.fillDate(page.getByLabel("First day covered"), year + "-01-01");
        admin.fillDate(page.getByLabel("Last day covered"), year + "-12-31");
        admin.click(button(page, "Generate schedule"));
        assertThat(page.getByText("4 reporting periods created: " + year + "-Q1 to " + year + "-Q4")).isVisible();
        assertThat(page.getByText("4 reporting periods created")).isHidden();
        checked(admin, "second-order-periods");

        // 6. a program manager for the new agency; the initial password is shown once
        admin.backToHub();
        admin.click(hubLink(page, "People: invite, change role or organisation, deactivate"));
        admin.fill(textbox(page, "Username"), username);
        admin.fill(textbox(page, "Name"), "Jordan Harbour " + suffix);
        admin.fill(textbox(page, "E-mail"), username + "@ports.example.gov");
        Locator organisation = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organisation"));
        admin.choose(organisation, agencyId, agencyName + " (" + agencyId + ")");
        admin.choose(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Role")), "Program",
                "Program manager");
        admin.click(button(page, "Invite"));
        Locator initial = page.locator(".initial-password");
        assertThat(initial).hasText(Pattern.compile("[A-Za-z2-9]{16}"));
        String initialPassword = initial.textContent();
        assertThat(page.getByText("Jordan Harbour " + suffix + " (" + username + ") is invited")).isVisible();
        checked(admin, "second-order-people");
        System.out.println("Second order set up in " + admin.steps + " steps, " + admin.seconds() + " seconds");
        page.context().close();

        // the program manager: first sign-in, own password, the new directive, a task under it
        Person manager = new Person(browser.newPage());
        Page work = manager.page;
        manager.signIn(username, initialPassword);
        assertThat(work).hasURL(Pattern.compile(".*/set-password(\\?.*)?$"));
        checked(manager, "second-order-set-password");
        manager.fill(work.getByLabel("Initial password", new Page.GetByLabelOptions().setExact(true)), initialPassword);
        manager.fill(work.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)), OWN_PASSWORD);
        manager.fill(work.getByLabel("New password again", new Page.GetByLabelOptions().setExact(true)), OWN_PASSWORD);
        manager.click(button(work, "Set password"));
        assertThat(work).hasURL(Pattern.compile(".*/tasks(\\?.*)?$"));
        assertThat(work.locator(".user-name")).hasText("Jordan Harbour " + suffix);

        manager.click(work.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Directives").setExact(true)));
        assertThat(heading(work)).hasText("Directives");
        assertThat(work.locator("vaadin-grid-cell-content").getByText(code + " D2")).isVisible();
        assertThat(work.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ledByNewAgency))).isVisible();
        checked(manager, "second-order-directives-seen-by-new-agency");

        manager.click(work.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My agency's tasks")
                .setExact(true)));
        manager.click(button(work, "New task"));
        Locator newTask = work.getByRole(AriaRole.DIALOG);
        manager.choose(newTask.getByLabel("Directive it carries out"), code + " D2",
                work.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(code + " D2 — ")));
        String taskTitle = "List the control systems at the northern terminal " + suffix;
        manager.fill(newTask.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)), taskTitle);
        manager.fillDate(newTask.getByLabel("Due date"), "2027-03-31");
        manager.click(newTask.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create and open")));
        assertThat(work.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(taskTitle))).isVisible();
        assertThat(work.getByRole(AriaRole.DIALOG)).hasCount(0); // the dialog's fade-out over
        checked(manager, "second-order-task-created");
        work.context().close();

        // the oversight viewer finds the new order among the gap overview's Order choices
        Page oversight = signedIn("viewer.congress");
        oversight.navigate(url("/gaps"));
        assertThat(oversight.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Gap overview");
        // checked before the list opens: the open list's scroller (Vaadin's own) fades out after Escape
        Browser.assertAccessible(oversight);
        oversight.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filters")).click();
        Locator orderFilter = oversight.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Order")
                .setExact(true));
        orderFilter.fill(code);
        assertThat(oversight.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(code + " " + orderTitle)))
                .isVisible();
        Browser.screenshot(oversight, "second-order-gap-filter");
        oversight.context().close();
    }

    /** Screenshot and axe-core check of the page as it is now; their time is not the person's. */
    private static void checked(Person person, String screenshot) {
        long start = System.nanoTime();
        Browser.screenshot(person.page, screenshot);
        Browser.assertAccessible(person.page);
        person.checking += System.nanoTime() - start;
    }

    private static Locator heading(Page page) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static Locator hubLink(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The input labelled exactly so ("Id" would also match "Show or hide the navigation"). */
    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static Locator dialogField(Locator dialog, String label) {
        return dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true));
    }

    private static Locator textbox(Page page, String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /**
     * One person at one browser page, counting their steps: each click, each field filled (a date
     * committed with Enter included) and each choice from a list (typing to narrow it included).
     */
    private final class Person {
        final Page page;
        final long started = System.nanoTime();
        long checking;
        int steps;

        Person(Page page) {
            this.page = page;
        }

        long seconds() {
            return Math.round((System.nanoTime() - started - checking) / 1e9);
        }

        void navigate(String address) {
            page.navigate(address);
            steps++;
        }

        void click(Locator target) {
            target.click();
            steps++;
        }

        void check(Locator target) {
            target.check();
            steps++;
        }

        void fill(Locator target, String value) {
            target.fill(value);
            steps++;
        }

        void fillDate(Locator target, String value) {
            target.fill(value);
            target.press("Enter");
            steps++;
        }

        void choose(Locator comboBox, String typed, String item) {
            choose(comboBox, typed, page.locator("vaadin-combo-box-item").getByText(item));
        }

        void choose(Locator comboBox, String typed, Locator option) {
            comboBox.fill(typed);
            option.click();
            steps++;
        }

        void chooseLead(Locator dialog, String typed, String item) {
            choose(dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Lead agency")), typed,
                    item);
        }

        void chooseSector(String name) {
            choose(page.getByLabel("Sectors it applies to"), name,
                    page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name).setExact(true)));
        }

        Locator openDirectiveDialog() {
            click(button(page, "Add directive"));
            return page.getByRole(AriaRole.DIALOG);
        }

        void addDirective(Locator dialog, String directive) {
            click(dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add directive")));
            assertThat(page.getByText("Directive " + directive + " added.")).isVisible();
            assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0); // closed, its fade-out over
        }

        /** Back to the Administration hub through the side navigation. */
        void backToHub() {
            click(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration").setExact(true)));
            assertThat(heading(page)).hasText("Administration");
        }

        void signIn(String username, String password) {
            Browser.signIn(page, url(""), username, password);
            steps += 4; // opening the address, the username, the password, "Log in"
        }
    }
}
