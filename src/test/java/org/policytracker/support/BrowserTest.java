package org.policytracker.support;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.policytracker.security.DemoUserDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests against the embedded default: one headless Chromium per test class,
 * pages signed in through the login form as demo users of the realm export.
 */
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    protected DemoUserDirectory users;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
        // the machine is shared: a server round trip may take longer than Playwright's 5 s default
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A new page (own browser context) signed in as the demo user. */
    protected Page signedIn(String username) {
        Page page = browser.newPage();
        Browser.signIn(page, url(""), username, users.find(username).orElseThrow().password());
        return page;
    }
}
