package org.policytracker.shell;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policytracker.admin.PeopleChanges;
import org.policytracker.security.Invitee;
import org.policytracker.security.Person;
import org.policytracker.security.Role;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.uptake.PeriodStatus;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core over every page each demo role may open and over the main dialogs (issue 17): no violation of a
 * WCAG 2.2 A/AA rule nor of the best-practice rules the issue named (one main landmark, one level-one heading,
 * all content inside landmarks), in the light and the dark theme; and every such page fits a phone's width
 * (390 px) without scrolling sideways. The class's own order, task and submitted
 * report keep the task, review and directive grids from being empty; waits and clicks never depend on rows that
 * other tests leave behind.
 */
@PolicyTrackerTest
class AccessibilityAuditBrowserTest extends BrowserTest {

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> BEST_PRACTICES = List.of("landmark-one-main", "page-has-heading-one", "region");
    /** Lumo's dark base colour, #233348. */
    private static final String DARK_BACKGROUND = "rgb(35, 51, 72)";

    private static TestOrder order;
    private static long task;
    private static long report;
    private static String taskTitle;
    private static String invitedName;
    private static String invitedUsername;

    @Autowired
    private SignedIn signedIn;
    @Autowired
    private PeopleChanges people;

    @BeforeAll
    static void createFixture(@Autowired TestOrders orders, @Autowired Clock clock, @Autowired SignedIn signedIn,
            @Autowired PeopleChanges people) {
        order = orders.order("AUDIT").directive("A", "cisa").measure("M", "A", "healthcare")
                .period("OPEN", PeriodStatus.OPEN).create();
        taskTitle = "Audit task " + order.code();
        task = orders.ownedTask("pm.cisa", order.directive("A"), taskTitle, LocalDate.now(clock).plusMonths(1));
        report = orders.report("reporter.health", order.measure("M"), "healthcare", order.period("OPEN"), 100, 40, 10)
                .id();
        // the people directory offers its dialogs for invited people only (demo users come from the realm file)
        invitedName = "Audit Person " + order.code();
        String username = "audit." + order.code().toLowerCase(Locale.ROOT);
        invitedUsername = username;
        // into an agency of the test's own: a manager invited into CISA would receive other tests' CISA reminders
        signedIn.as("admin", () -> people.invite(new Invitee(username, invitedName, username + "@example.gov",
                orders.agency("audit"), Role.PROGRAM_MANAGER)));
    }

    static Stream<Arguments> rolesInBothThemes() {
        return Stream.of("admin", "pm.cisa", "reporter.health", "viewer.congress").flatMap(username ->
                Stream.of(ColorScheme.LIGHT, ColorScheme.DARK).map(theme -> Arguments.of(username, theme)));
    }

    /** Every route of the role's @RolesAllowed/@PermitAll views, with the class's own order, task and report. */
    /** A person's own pages, the same for every role but for the frame around them (audited on every other route). */
    private static final List<String> PERSONAL = List.of("/preferences", "/api-tokens", "/calendar-feed",
            "/account/password", "/no-such-page", "/no-access");

    private static List<String> routes(String username) {
        List<String> everyone = Stream.concat(Stream.of("/directives", "/directives/" + order.directive("A"),
                "/activity", "/reports/" + report), PERSONAL.stream()).toList();
        List<String> own = switch (username) {
            case "admin" -> List.of("/admin", "/admin/orders", "/admin/order", "/admin/order/" + order.code(),
                    "/admin/order-text", "/admin/order-configuration", "/admin/measures", "/admin/organisations",
                    "/admin/people", "/admin/periods", "/admin/sectors", "/administration-history", "/sign-in-audit",
                    "/outbox", "/gaps", "/tasks/" + task, "/tasks/" + task + "/view", "/reports/review");
            case "pm.cisa" -> List.of("/tasks", "/tasks?q=" + order.code(), "/tasks/" + task,
                    "/tasks/" + task + "/view", "/update-requests", "/reports/review");
            case "reporter.health" -> List.of("/reporting");
            case "viewer.congress" -> List.of("/gaps", "/tasks/" + task, "/tasks/" + task + "/view",
                    "/update-requests");
            default -> throw new IllegalArgumentException(username);
        };
        return Stream.concat(own.stream(), everyone.stream()).toList();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("rolesInBothThemes")
    void everyPageTheRoleMayOpenHasNoViolation(String username, ColorScheme theme) {
        Page page = signedIn(username, theme);
        List<String> violations = new ArrayList<>();
        // the personal pages once, as the administrator: the same components for everyone, and axe takes seconds a page
        List<String> paths = routes(username).stream()
                .filter(path -> username.equals("admin") || !PERSONAL.contains(path)).toList();
        for (String path : paths) {
            page.navigate(url(path));
            violations.addAll(audit(page, path, theme));
        }
        assertThat(violations).as("axe-core violations for %s in the %s theme", username, theme).isEmpty();
        page.context().close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "pm.cisa", "reporter.health", "viewer.congress"})
    void everyPageTheRoleMayOpenFitsAPhone(String username) {
        Page page = signedIn(username);
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        List<String> tooWide = new ArrayList<>();
        for (String path : routes(username)) {
            page.navigate(url(path));
            Browser.waitForContent(page);
            try {
                Browser.assertNoSidewaysScroll(page);
            } catch (AssertionError e) {
                Browser.screenshot(page, "phone" + path.replaceAll("[^A-Za-z0-9-]+", "-") + "-" + username);
                tooWide.add(e.getMessage());
            }
        }
        assertThat(tooWide).as("pages that scroll sideways at %d px for %s", PHONE_WIDTH, username).isEmpty();
        page.context().close();
    }

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void thePagesWithoutSignInHaveNoViolation(ColorScheme theme) {
        Page page = browser.newPage();
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(theme));
        List<String> violations = new ArrayList<>();
        page.navigate(url("/login"));
        assertThat(page.getByLabel("Username")).isVisible();
        violations.addAll(audit(page, "/login", theme));
        page.navigate(url("/unsubscribe/not-a-signed-token"));
        assertThat(page.getByText("This unsubscribe link is not valid")).isVisible();
        violations.addAll(audit(page, "/unsubscribe", theme));
        assertThat(violations).as("axe-core violations without sign-in, %s theme", theme).isEmpty();
        page.context().close();
    }

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void theProgramManagersDialogsHaveNoViolation(ColorScheme theme) {
        Page page = signedIn("pm.cisa", theme);
        List<String> violations = new ArrayList<>();

        page.navigate(url("/tasks?q=" + order.code()));
        assertThat(page.getByText(taskTitle)).isVisible();
        button(page, "New task").click();
        violations.addAll(auditDialog(page, "new task", theme));
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);

        page.locator("vaadin-grid vaadin-checkbox").last().click();
        assertThat(button(page, "Update selected…")).isEnabled();
        button(page, "Update selected…").click();
        violations.addAll(auditDialog(page, "bulk update", theme));
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);

        page.keyboard().press("?");
        violations.addAll(auditDialog(page, "keyboard shortcuts", theme));
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);

        page.locator("vaadin-button[aria-label^='Notifications,']").click();
        violations.addAll(auditDialog(page, "notifications", theme));
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);

        // the grid lists other tests' reports too, and ours may lie beyond its first rows: any report's dialogs do
        page.navigate(url("/reports/review"));
        for (String decision : new String[] {"Accept", "Send back"}) {
            page.locator("vaadin-button[aria-label^='" + decision + " ']").first().click();
            violations.addAll(auditDialog(page, decision.toLowerCase() + " a report", theme));
            cancel(page);
        }
        assertThat(violations).as("axe-core violations in the dialogs, %s theme", theme).isEmpty();
        page.context().close();
    }

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void theAdministratorsDialogsHaveNoViolation(ColorScheme theme) {
        Page page = signedIn("admin", theme);
        List<String> violations = new ArrayList<>();
        page.navigate(url("/admin/order/" + order.code()));
        button(page, "Edit directive A").click();
        violations.addAll(auditDialog(page, "directive edit", theme));
        page.keyboard().press("Escape");
        assertThat(dialog(page)).hasCount(0);
        button(page, "Delete directive A").click();
        violations.addAll(auditDialog(page, "delete directive", theme));
        cancel(page);

        page.navigate(url("/admin/people"));
        // past 25 people the list scrolls (other tests' people share the database): to the invited one's row
        List<String> listed = signedIn.as("admin", people::everyone).stream().map(Person::username).toList();
        Browser.scrollGridTo(page.locator("vaadin-grid").first(), listed.indexOf(invitedUsername));
        button(page, "Change role or organisation of " + invitedName).click();
        violations.addAll(auditDialog(page, "change role", theme));
        cancel(page);
        button(page, "Deactivate " + invitedName).click();
        violations.addAll(auditDialog(page, "deactivate person", theme));
        cancel(page);
        assertThat(violations).as("axe-core violations in the administrator's dialogs, %s theme", theme).isEmpty();
        page.context().close();
    }

    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void theOversightViewersDialogsHaveNoViolation(ColorScheme theme) {
        Page page = signedIn("viewer.congress", theme);
        List<String> violations = new ArrayList<>();
        page.navigate(url("/gaps?order=" + order.id()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Drill down into " + order.code() + " A"))
                .click();
        violations.addAll(auditDialog(page, "directive drill-down", theme));
        close(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^All sectors of " + order.measure("M") + ": uptake "))).click();
        violations.addAll(auditDialog(page, "measure drill-down", theme));
        close(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^How is .+ computed\\?$"))).first().click();
        violations.addAll(auditDialog(page, "how computed", theme));
        close(page);
        assertThat(violations).as("axe-core violations in the oversight viewer's dialogs, %s theme", theme).isEmpty();
        page.context().close();
    }

    private Page signedIn(String username, ColorScheme theme) {
        Page page = signedIn(username);
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(theme));
        return page;
    }

    /** Waits until the page shows all its content, then runs axe on it. */
    private static List<String> audit(Page page, String path, ColorScheme theme) {
        Browser.waitForContent(page);
        if (theme == ColorScheme.DARK) {
            assertThat(page.evaluate("getComputedStyle(document.documentElement).backgroundColor"))
                    .as("dark theme on %s", path).isEqualTo(DARK_BACKGROUND);
        }
        if (theme == ColorScheme.LIGHT) {
            Browser.screenshot(page, "audit" + path.replaceAll("[^A-Za-z0-9-]+", "-"));
        }
        return Browser.axeViolations(page, WCAG_22_AA, BEST_PRACTICES).stream()
                .map(violation -> path + ": " + violation).toList();
    }

    private static List<String> auditDialog(Page page, String name, ColorScheme theme) {
        // the <vaadin-dialog> host has no box of its own (its overlay shows the content): wait until it has opened
        page.locator("vaadin-dialog[opened]:not([opening]), vaadin-confirm-dialog[opened]:not([opening])").first()
                .waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.ATTACHED));
        Browser.screenshot(page, "audit-" + name.replace(' ', '-') + "-" + theme.name().toLowerCase());
        return Browser.axeViolations(page, WCAG_22_AA, BEST_PRACTICES).stream()
                .map(violation -> name + " dialog: " + violation).toList();
    }

    private static void close(Page page) {
        dialog(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close").setExact(true)).click();
        assertThat(dialog(page)).hasCount(0);
    }

    private static void cancel(Page page) {
        dialog(page).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        assertThat(dialog(page)).hasCount(0);
    }

    /** The open dialog, a plain one or a confirmation (role alertdialog). */
    private static Locator dialog(Page page) {
        return page.getByRole(AriaRole.DIALOG).or(page.getByRole(AriaRole.ALERTDIALOG));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
