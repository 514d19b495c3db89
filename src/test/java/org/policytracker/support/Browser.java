package org.policytracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ViewportSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright for Java, headless. Playwright never downloads a browser
 * here: it launches the system's /usr/bin/chromium (override with -Dplaywright.chromium=PATH).
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of(System.getProperty("playwright.screenshots", "target/screenshots"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("playwright.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                // the closed network here refuses Chromium's background connections
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public Page newPage() {
        BrowserContext context = chromium.newContext(new NewContextOptions().setViewportSize(1366, 900));
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.setDefaultNavigationTimeout(180_000); // the first page of a run may wait for the frontend bundle
        return page;
    }

    public static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * Fails with every WCAG 2.1 A/AA rule that axe-core finds broken on the page once nothing on it is busy
     * loading (rule, help text and the elements concerned).
     */
    public static void assertAccessible(Page page) {
        page.waitForCondition(() -> page.locator("[aria-busy=true]").count() == 0);
        List<Rule> violations = axe(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze().getViolations();
        assertThat(violations).as("axe-core WCAG 2.1 AA violations on %s", page.url())
                .extracting(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .isEmpty();
    }

    /** Wholly inside the page's viewport once scrolled to: a person sees it without scrolling sideways. */
    public static void assertInViewport(Locator element) {
        element.scrollIntoViewIfNeeded();
        BoundingBox box = element.boundingBox();
        ViewportSize viewport = element.page().viewportSize();
        assertThat(box).as("%s is shown", element).isNotNull();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", element).isLessThanOrEqualTo(viewport.width);
        assertThat(box.y).as("top edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.y + box.height).as("bottom edge of %s", element).isLessThanOrEqualTo(viewport.height);
    }

    /**
     * Waits until the page shows its title and all its content: visible grids have their rows and nothing is
     * marked busy (the dashboard sends its lower sections in a second round trip).
     */
    public static void waitForContent(Page page) {
        PlaywrightAssertions.assertThat(page.locator("main h1, [role=main] h1").first()).isVisible();
        // a grid on a hidden tab or behind a closed details panel may keep its loading mark: only shown ones count
        page.waitForCondition(() -> page.locator("vaadin-grid[loading]:visible, [aria-busy=true]").count() == 0);
    }

    /** Scrolls a grid, as a person would, until its row at this index is drawn. */
    public static void scrollGridTo(Locator grid, int row) {
        grid.evaluate("(grid, row) => grid.scrollToIndex(row)", row);
    }

    /**
     * Neither the page nor the app frame's scrolling content area is wider than the window (a phone's,
     * say); if one is, the message names the outermost elements that stick out on the right.
     */
    public static void assertNoSidewaysScroll(Page page) {
        int width = page.viewportSize().width;
        Object widest = page.evaluate("() => Math.max(document.documentElement.scrollWidth,"
                + " ...[...document.querySelectorAll('main, vaadin-app-layout')].map(e => e.scrollWidth))");
        assertThat(((Number) widest).intValue()).as("widest scrolling width on %s; sticking out: %s", page.url(),
                stickingOut(page, width)).isLessThanOrEqualTo(width);
    }

    /**
     * The outermost elements whose right edge passes the window's, the header's and those inside components'
     * shadow trees included (the parent of a shadow tree's top element is its host).
     */
    private static Object stickingOut(Page page, int width) {
        return page.evaluate("""
                width => {
                  const out = [];
                  const parentOf = e => e.parentElement || (e.parentNode && e.parentNode.host) || null;
                  const sticksOut = e => e.getBoundingClientRect().right > width + 1;
                  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                      + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().replace(/ +/g, '.') : '')
                      + ' ' + (e.getAttribute('aria-label') || e.getAttribute('label') || e.textContent.trim().slice(0, 30));
                  const visit = root => root.querySelectorAll('*').forEach(e => {
                    const parent = parentOf(e);
                    if (sticksOut(e) && !(parent && sticksOut(parent))) {
                      out.push(name(e) + ' (right ' + Math.round(e.getBoundingClientRect().right)
                          + (parent ? ', in ' + name(parent) : '') + ')');
                    }
                    if (e.shadowRoot) visit(e.shadowRoot);
                  });
                  visit(document);
                  return out.slice(0, 10);
                }""", width);
    }

    /**
     * From now on the page notes when an element matching {@code selector} first appears, in the browser's
     * real milliseconds ({@code Date.now()}: a measured delay, not the application's "today"); read with
     * {@link #shownAt}.
     */
    public static void noteWhenShown(Page page, String selector) {
        // one watcher at a time: an earlier one would note its own element, still on the page, as this one's
        page.evaluate("selector => { window.seenWatcher?.disconnect(); window.seenAt = null;"
                + " window.seenWatcher = new MutationObserver(() => { if (!window.seenAt"
                + " && document.querySelector(selector)) window.seenAt = Date.now(); });"
                + " window.seenWatcher.observe(document.body, {subtree: true, childList: true, attributes: true}); }",
                selector);
    }

    /** When the element {@link #noteWhenShown} watches for appeared (browser milliseconds). */
    public static long shownAt(Page page) {
        return ((Number) page.evaluate("() => window.seenAt")).longValue();
    }

    /** The browser's real milliseconds now, to compare with {@link #shownAt}. */
    public static long realMillis(Page page) {
        return ((Number) page.evaluate("() => Date.now()")).longValue();
    }

    /** Signs in through the local login form. */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/");
        page.waitForURL("**/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    /** Signs in at the login page of the real Keycloak (profile keycloak), where the app sends the browser. */
    public static void signInAtKeycloak(Page page, String baseUrl, String keycloakUrl, String username, String password) {
        page.navigate(baseUrl + "/");
        page.waitForURL(keycloakUrl + "/realms/**");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        page.locator("#kc-login").click();
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /**
     * What axe-core finds broken on the page as it is now among the rules carrying one of the tags and the rules
     * named besides (best-practice rules such as landmark-one-main carry no WCAG tag), one line per rule: "rule:
     * help [element: what is wrong with it, ...]". Axe runs either by tags or by rules, so this runs it once for each.
     */
    public static List<String> axeViolations(Page page, List<String> tags, List<String> rules) {
        List<Rule> violations = new ArrayList<>(axe(page).withTags(tags).analyze().getViolations());
        if (!rules.isEmpty()) {
            violations.addAll(axe(page).withRules(rules).analyze().getViolations());
        }
        return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> node.getTarget() + ": " + node.getFailureSummary().replace('\n', ' ')).toList()).toList();
    }

    /**
     * axe-core run in the page itself (the binding's legacy mode: the application has no frames, so nothing is
     * lost, and each run no longer opens a blank page to combine frame results), reporting violations only.
     */
    private static AxeBuilder axe(Page page) {
        AxeRunOptions options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        return new AxeBuilder(page).setLegacyMode(true).options(options);
    }
}
