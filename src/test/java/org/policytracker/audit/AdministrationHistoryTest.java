package org.policytracker.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.audit.AdministrationHistory.Entry;
import org.policytracker.audit.AdministrationHistory.FieldChange;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrative change is kept with who made it, when (the application's clock) and each changed field
 * before and after; it is written only inside the change's own transaction, and only administrators read it.
 */
@PolicyTrackerTest
class AdministrationHistoryTest {

    @Autowired
    AdministrationHistory history;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    record Period(String code, String status) {
    }

    @Test
    void aChangeIsKeptWithWhoWhenAndEachChangedField() {
        String key = "P-" + UUID.randomUUID();
        signedIn.run("admin", () -> transaction.executeWithoutResult(status -> history.record("period", key,
                "closed", new Period(key, "OPEN"), new Period(key, "CLOSED"))));

        List<Entry> entries = signedIn.as("admin", () -> history.of("period", key, 10));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.change().getActor()).isEqualTo("admin");
            assertThat(entry.change().getOccurredAt()).isEqualTo(clock.instant());
            assertThat(entry.change().getAction()).isEqualTo("closed");
            assertThat(entry.fields()).containsExactly(new FieldChange("status", "OPEN", "CLOSED"));
        });
    }

    @Test
    void aCreationShowsEveryFieldWithNothingBefore() {
        String key = "S-" + UUID.randomUUID();
        signedIn.run("admin", () -> transaction.executeWithoutResult(status -> history.record("sector", key,
                "created", null, Map.of("name", "Water"))));

        assertThat(signedIn.as("admin", () -> history.of("sector", key, 10))).singleElement()
                .satisfies(entry -> assertThat(entry.fields()).containsExactly(new FieldChange("name", null, "Water")));
    }

    @Test
    void aChangeOutsideATransactionIsRefusedSoItCannotOutliveAFailedChange() {
        assertThatThrownBy(() -> signedIn.run("admin", () -> history.record("sector", "X", "created", null,
                Map.of("name", "Water")))).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void onlyAdministratorsReadTheHistory() {
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> history.latest(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("viewer.congress", () -> history.latest(10)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
