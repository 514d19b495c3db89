package org.policytracker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * A changed directive flags its tasks of every agency; each shows the flag until its owner marks it seen
 * (kept with who saw it); no one else may clear it, another agency does not see it.
 */
@PolicyTrackerTest
class DirectiveChangeFlagsTest {

    @Autowired
    DirectiveChangeFlags flags;
    @Autowired
    TestOrders orders;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theTasksOfEveryAgencyAreFlaggedUntilTheirOwnerHasSeenTheChange() {
        long directive = orders.order("flags").directive("d", "cisa").create().directive("d");
        long cisaTask = orders.ownedTask("pm.cisa", directive, "Guidance", LocalDate.of(2027, 1, 31));
        long treasuryTask = orders.ownedTask("pm.treasury", directive, "Bank guidance", LocalDate.of(2027, 1, 31));

        int flagged = signedIn.as("admin", () -> flags.flagTasksOf(directive, "Amended of 2026-07-01",
                "its deadline moved from 2026-09-03 to 2026-07-05"));

        assertThat(flagged).isEqualTo(2);
        DirectiveChangeFlag cisaFlag = new DirectiveChangeFlag(cisaTask, "Amended of 2026-07-01",
                "its deadline moved from 2026-09-03 to 2026-07-05");
        assertThat(signedIn.as("pm.cisa", () -> flags.unseen(cisaTask))).containsExactly(cisaFlag);
        assertThat(signedIn.as("pm.cisa", () -> flags.unseen(List.of(cisaTask)))).isEqualTo(Map.of(cisaTask,
                List.of(cisaFlag)));
        assertThat(signedIn.as("pm.treasury", () -> flags.unseen(cisaTask))).as("another agency's task").isEmpty();
        assertThatThrownBy(() -> signedIn.run("pm2.cisa", () -> flags.markSeen(cisaTask)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.run("pm.treasury", () -> flags.markSeen(cisaTask)))
                .isInstanceOf(TaskNotFoundException.class);
        assertThat(signedIn.as("pm.cisa", () -> flags.unseen(cisaTask))).as("refused clears nothing").hasSize(1);

        signedIn.run("pm.cisa", () -> flags.markSeen(cisaTask));

        assertThat(signedIn.as("pm.cisa", () -> flags.unseen(cisaTask))).isEmpty();
        assertThat(signedIn.as("pm.treasury", () -> flags.unseen(treasuryTask))).as("each owner sees their own")
                .hasSize(1);
        assertThat(jdbc.sql("SELECT CONCAT(flagged_by, ' / ', seen_by) FROM task_directive_change WHERE task_id = ?")
                .param(cisaTask).query(String.class).single()).isEqualTo("admin / pm.cisa");
    }
}
