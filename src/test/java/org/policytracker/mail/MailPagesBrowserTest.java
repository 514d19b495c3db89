package org.policytracker.mail;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.DayOfWeek;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.policytracker.support.Browser;
import org.policytracker.support.BrowserTest;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The mail pages in a browser: unsubscribe without signing in, one's own preferences, the administrators' outbox. */
@PolicyTrackerTest
class MailPagesBrowserTest extends BrowserTest {

    /** people whose preferences no other test reads */
    private static final String UNSUBSCRIBER = "reporter.frontier";
    private static final String CHOOSER = "pm.treasury";

    @Autowired
    DeliveryPreferences preferences;
    @Autowired
    UnsubscribeLinks links;
    @Autowired
    Outbox outbox;
    @Autowired
    SignedIn signedIn;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void restoreDefaults() {
        TestMail.restoreDefaultPreferences(signedIn, preferences, UNSUBSCRIBER, CHOOSER);
    }

    @Test
    void theUnsubscribePageStopsOneKindWithOneClickAndNoSignIn() {
        Page page = browser.newPage();
        String link = links.pageFor(UNSUBSCRIBER, MessageKind.REMINDER);
        page.navigate(url(link.substring(link.indexOf("/unsubscribe/"))));

        assertThat(page.getByText("Stop e-mail of the kind \"Reminders\"")).isVisible();
        org.assertj.core.api.Assertions.assertThat(preferences.channelOf(UNSUBSCRIBER, MessageKind.REMINDER)).isEqualTo(Channel.EMAIL);
        Browser.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop these e-mails")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Unsubscribed"))).isVisible();
        Browser.screenshot(page, "mail-unsubscribed");
        org.assertj.core.api.Assertions.assertThat(preferences.channelOf(UNSUBSCRIBER, MessageKind.REMINDER))
                .isEqualTo(Channel.IN_APP);
        org.assertj.core.api.Assertions.assertThat(preferences.channelOf(UNSUBSCRIBER, MessageKind.DIGEST))
                .isEqualTo(Channel.EMAIL);

        page.navigate(url("/unsubscribe/" + UUID.randomUUID()));
        assertThat(page.getByText("This unsubscribe link is not valid")).isVisible();
        page.context().close();
    }

    @Test
    void aPersonChoosesTheirOwnChannelsAndDigestDay() {
        Page page = signedIn(CHOOSER);
        page.navigate(url("/preferences"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Notification preferences")))
                .isVisible();
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Weekly digest"))
                .getByText("Off").click();
        page.locator("vaadin-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Thursday")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(page.getByText("Preferences saved")).isVisible();
        Browser.screenshot(page, "mail-preferences");
        DeliveryPreference chosen = preferences.of(CHOOSER);
        org.assertj.core.api.Assertions.assertThat(chosen.channelOf(MessageKind.DIGEST)).isEqualTo(Channel.OFF);
        org.assertj.core.api.Assertions.assertThat(chosen.channelOf(MessageKind.REMINDER)).isEqualTo(Channel.EMAIL);
        org.assertj.core.api.Assertions.assertThat(chosen.getDigestDay()).isEqualTo(DayOfWeek.THURSDAY);
        page.context().close();
    }

    @Test
    void administratorsSeeWhatWasAndWhatWouldBeSent() {
        String subject = "On the outbox page " + UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> outbox.queue(new OutgoingMail(
                "test:outbox-page:" + subject, "pm.cisa", MessageKind.REMINDER, subject, "Text", "tasks")));

        Page page = signedIn("admin");
        page.navigate(url("/outbox"));

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Outbox"))).isVisible();
        assertThat(page.getByText(subject)).isVisible();
        assertThat(page.getByText("Mail is sent through the configured SMTP server")).isVisible();
        Browser.screenshot(page, "mail-outbox");
        page.context().close();
    }
}
