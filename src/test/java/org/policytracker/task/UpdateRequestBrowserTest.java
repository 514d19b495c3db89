package org.policytracker.task;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policytracker.mail.MailDelivery;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.TestMail;
import org.policytracker.support.TestOrders.TestOrder;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An update request's round trip in the browser: asked in the dialog (by an oversight viewer on the
 * read-only page, by a program manager on a phone), e-mailed to the owner (GreenMail), who finds it in
 * the notifications and open on the task, posts a progress update and sees the request answered; each page passes axe.
 */
@PolicyTrackerTest
class UpdateRequestBrowserTest extends BrowserTest {

    private static TestOrder order;

    @RegisterExtension
    static GreenMailExtension smtp = TestMail.smtpServer();

    @Autowired
    TestOrders orders;
    @Autowired
    MailDelivery delivery;
    @Autowired
    Clock clock;

    @BeforeAll
    static void createOrder(@Autowired TestOrders orders) {
        order = orders.order("UPDREQUI").directive("A", "cisa").create();
    }

    private long taskOwnedBy(String owner, String title) {
        return orders.ownedTask(owner, order.directive("A"), title, LocalDate.now(clock).plusMonths(1));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void ask(Page page, String message, String screenshot) {
        // by keyboard: the button opens the dialog, whose message field takes the focus
        button(page, "Ask for an update").focus();
        page.keyboard().press("Enter");
        Locator field = page.getByLabel(Pattern.compile("^Message to .* \\(optional\\)$"));
        assertThat(field).isVisible();
        assertThat(field).isFocused();
        page.keyboard().type(message);
        Browser.assertAccessible(page);
        Browser.screenshot(page, screenshot);
        button(page, "Send request").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    /** The owner opens the request from their notifications, answers it with a progress update and sees it answered. */
    private static void answerFromTheNotification(Page owner, String title, String message, String narrative,
            String screenshotPrefix) {
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Notifications, [1-9]\\d* unread$"))).click();
        owner.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                // plain words only: Playwright runs the pattern as JavaScript, which has no \Q...\E quoting
                .setName(Pattern.compile("asked you for an update on \"" + title + "\""))).click();
        assertThat(owner.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        Locator open = owner.locator(".update-request-open");
        assertThat(open).hasCount(1);
        assertThat(open).containsText("Open update request:");
        assertThat(open).containsText(message);
        Browser.assertAccessible(owner);
        Browser.screenshot(owner, screenshotPrefix + "-open");

        owner.getByLabel("What happened since the last update").fill(narrative);
        button(owner, "Post update").click();
        assertThat(owner.locator(".update-request-open")).hasCount(0);
        Locator answered = owner.getByText(Pattern.compile("^Answered: .*" + narrative));
        assertThat(answered).isVisible();
        answered.scrollIntoViewIfNeeded();
        Browser.assertAccessible(owner);
        Browser.screenshot(owner, screenshotPrefix + "-answered");
    }

    @Test
    void aViewerAsksTheOwnerAnswersWithAProgressUpdate() {
        String title = "Asked by oversight " + UUID.randomUUID().toString().substring(0, 8);
        long taskId = taskOwnedBy("pm.cisa", title);

        Page viewer = signedIn("viewer.congress");
        viewer.navigate(url("/tasks/" + taskId));
        assertThat(viewer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        assertThat(viewer.getByText("Nobody has asked for an update on this task.")).isVisible();
        ask(viewer, "Please update before the hearing", "update-request-viewer-dialog");
        assertThat(viewer.locator(".update-request-open")).containsText("Please update before the hearing");
        // ... and e-mailed to the owner, with the message and the task's address
        TestMail.deliverAll(delivery, clock.instant());
        List<MimeMessage> mails = TestMail.withSubject(smtp, title);
        assertThat(mails).as("exactly one e-mail, to the owner").hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(TestMail.recipient(mail)).isEqualTo("pm.cisa@example.org");
        assertThat(TestMail.body(mail)).contains("Please update before the hearing").contains("/tasks/" + taskId);
        // one open request per person: the button comes back once it is answered
        assertThat(button(viewer, "Ask for an update")).hasCount(0);
        Browser.screenshot(viewer, "update-request-viewer-open");
        // still read-only for the viewer: no form, no progress update
        assertThat(viewer.getByLabel("What happened since the last update")).hasCount(0);

        Page owner = signedIn("pm.cisa");
        answerFromTheNotification(owner, title, "Please update before the hearing", "Guidance drafted, review next",
                "update-request-owner");

        viewer.reload();
        assertThat(viewer.getByText(Pattern.compile("^Answered: .*Guidance drafted, review next"))).isVisible();
        assertThat(button(viewer, "Ask for an update")).isVisible();
        viewer.context().close();
        owner.context().close();
    }

    @Test
    void aManagerAsksOnAPhoneAndTheOwnerAnswersOnAPhone() {
        String title = "Asked on a phone " + UUID.randomUUID().toString().substring(0, 8);
        long taskId = taskOwnedBy("pm2.cisa", title);

        Page manager = signedIn("pm.cisa");
        manager.setViewportSize(390, 844);
        manager.navigate(url("/tasks/" + taskId));
        assertThat(manager.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        ask(manager, "Numbers for the weekly brief?", "update-request-phone-dialog");
        assertThat(manager.locator(".update-request-open")).containsText("Numbers for the weekly brief?");

        Page owner = signedIn("pm2.cisa");
        owner.setViewportSize(390, 844);
        answerFromTheNotification(owner, title, "Numbers for the weekly brief?", "Brief numbers posted",
                "update-request-phone");
        assertThat(button(owner, "Ask for an update")).hasCount(0);
        manager.context().close();
        owner.context().close();
    }
}
