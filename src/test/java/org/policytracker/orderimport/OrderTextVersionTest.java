package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.orderimport.OrderTextImport.AcceptedDirective;
import org.policytracker.orderimport.OrderTextImport.Comparison;
import org.policytracker.orderimport.OrderTextImport.NewOrder;
import org.policytracker.orderimport.VersionComparison.Change;
import org.policytracker.orderimport.VersionComparison.ChangeKind;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The draft of an order imported from its text, then its signed version: what changed (the seed
 * articles' 90-day review that became 30 days), the task it affects, and the update of that directive
 * through the order configuration import, the task's owner notified; both versions' texts kept, and the
 * directive's version history.
 */
@PolicyTrackerTest
class OrderTextVersionTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 6, 5);

    private static final String DRAFT = """
            Sec. 5. Frontier Model Review. (a) Within 90 days of the date of this order, the Director of CISA shall \
            establish a mandatory review of frontier models by the Federal Government before their public release.
            (b) The Director of CISA shall publish the criteria used in such reviews.
            """;

    private static final String SIGNED_TEXT = """
            Sec. 5. Frontier Model Review. (a) Within 30 days of the date of this order, the Director of CISA shall \
            establish a voluntary review of frontier models by the Federal Government up to 30 days before their public release.
            (b) The Director of CISA shall publish the criteria used in such reviews.
            (c) The Secretary of Homeland Security shall share threat indicators with developers of frontier models.
            """;

    @Autowired
    OrderTextImport importer;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewVersionShowsWhatChangedAndUpdatesTheDirectivesAccepted() {
        String code = draftImported("T-VERSION-");
        long review = directive(code, "5.a");
        long task = orders.ownedTask("pm.cisa", review, "Run the review", SIGNED.plusDays(80));

        Comparison comparison = signedIn.as("admin", () -> importer.compare(code, SIGNED_TEXT, OrderTextFormat.PLAIN, null));
        assertThat(comparison.changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.CHANGED, ChangeKind.UNCHANGED, ChangeKind.ADDED);
        Change changed = comparison.changes().getFirst();
        assertThat(changed.current().code()).isEqualTo("5.a");
        assertThat(comparison.freeCode("5.a")).as("the code its new text takes if added beside it").isEqualTo("5.a-2");
        assertThat(changed.deadlineBefore()).isEqualTo(SIGNED.plusDays(90));
        assertThat(changed.deadlineAfter()).as("counted from the order's signing date").isEqualTo(SIGNED.plusDays(30));
        assertThat(changed.wordingBefore()).contains("<del>90</del>", "<del>mandatory</del>");
        assertThat(changed.wordingAfter()).contains("<ins>30</ins>", "<ins>voluntary</ins>");
        assertThat(comparison.affectedTasks().get(review)).extracting(t -> t.id()).containsExactly(task);

        ProposedDirective after = changed.proposed();
        signedIn.run("admin", () -> importer.confirm(new NewOrder(code, "Order " + code, SIGNED, OrderTextVersion.Kind.SIGNED,
                "signed.txt", SIGNED_TEXT, OrderTextFormat.PLAIN), List.of(new AcceptedDirective("5.a", after.sectionRef(),
                        after.title(), after.sentence(), after.deadline().date(), true, "cisa", List.of())), List.of(),
                Map.of()));

        assertThat(jdbc.sql("SELECT deadline FROM directive WHERE id = ?").param(review).query(LocalDate.class).single())
                .isEqualTo(SIGNED.plusDays(30));
        assertThat(jdbc.sql("SELECT message FROM notification WHERE recipient = 'pm.cisa' AND item_type = 'TASK' "
                + "AND item_id = ?").param(task).query(String.class).list()).singleElement().asString()
                .contains("5.a changed in the version \"Signed of 2026-06-05\"",
                        "deadline moved from 2026-09-03 to 2026-07-05");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ?")
                .param(code).query(Long.class).single()).as("the addition was not accepted").isEqualTo(2);
        assertThat(signedIn.as("admin", () -> importer.versions(code))).extracting(OrderTextVersion::kind, OrderTextVersion::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderTextVersion.Kind.DRAFT, "draft.txt"),
                        org.assertj.core.groups.Tuple.tuple(OrderTextVersion.Kind.SIGNED, "signed.txt"));
        assertThat(importer.history(review)).satisfiesExactly(
                addition -> assertThat(addition.added()).isTrue(),
                update -> {
                    assertThat(update.versionKind()).isEqualTo(OrderTextVersion.Kind.SIGNED);
                    assertThat(update.deadlineBefore()).isEqualTo(SIGNED.plusDays(90));
                    assertThat(update.deadlineAfter()).isEqualTo(SIGNED.plusDays(30));
                    assertThat(update.wordingAfter()).contains("voluntary review");
                });
        assertThat(jdbc.sql("SELECT status FROM exec_order WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("SIGNED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM order_version v JOIN exec_order o ON o.id = v.order_id WHERE o.code = ?")
                .param(code).query(Long.class).single()).isEqualTo(2);
    }

    /**
     * The administrator adds the changed review as a new directive beside the old one and retires the changed
     * criteria: nothing happens before the confirmation; then the old review is unchanged, the new text is
     * a directive of its own, the criteria directive is retired (audited, in its version history), its task
     * flagged "retired in version ..." and its owner notified, all in the import's transaction.
     */
    @Test
    void aChangedDirectiveCanBeRetiredOrKeptWithItsNewTextAddedBesideIt() {
        String code = draftImported("T-RETIRE-");
        long review = directive(code, "5.a");
        long criteria = directive(code, "5.b");
        long reviewTask = orders.ownedTask("pm.cisa", review, "Run the review", SIGNED.plusDays(80));
        long criteriaTask = orders.ownedTask("pm.cisa", criteria, "Publish the criteria", SIGNED.plusDays(80));
        String amended = SIGNED_TEXT.replace("(b) The Director of CISA shall publish the criteria used in such reviews.",
                "(b) The Director of CISA shall publish the criteria used in such reviews within 60 days of the date of "
                        + "this order.");

        Comparison comparison = signedIn.as("admin", () -> importer.compare(code, amended, OrderTextFormat.PLAIN, null));
        assertThat(comparison.changes()).extracting(Change::kind)
                .containsExactly(ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.ADDED);
        ProposedDirective newReview = comparison.changes().getFirst().proposed();
        NewOrder version = new NewOrder(code, "Order " + code, SIGNED, OrderTextVersion.Kind.AMENDED, "amended.txt",
                amended, OrderTextFormat.PLAIN);
        AcceptedDirective besideTheOld = new AcceptedDirective(comparison.freeCode("5.a"), newReview.sectionRef(),
                newReview.title(), newReview.sentence(), newReview.deadline().date(), true, "cisa", List.of());

        assertThatThrownBy(() -> signedIn.run("admin", () -> importer.confirm(version, List.of(besideTheOld,
                new AcceptedDirective("5.b", "5(b)", "Publish the criteria", "The Director of CISA shall publish.", null,
                        false, "cisa", List.of())), List.of("5.b"), Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5.b cannot be both updated and retired");
        assertThat(retired(criteria)).as("nothing saved before a valid confirmation").isFalse();
        assertThat(directiveCount(code)).isEqualTo(2);

        signedIn.run("admin", () -> importer.confirm(version, List.of(besideTheOld), List.of("5.b"), Map.of()));

        assertThat(jdbc.sql("SELECT deadline FROM directive WHERE id = ?").param(review).query(LocalDate.class).single())
                .as("the old review is kept as it was").isEqualTo(SIGNED.plusDays(90));
        assertThat(retired(review)).isFalse();
        assertThat(jdbc.sql("SELECT deadline FROM directive WHERE id = ?").param(directive(code, "5.a-2"))
                .query(LocalDate.class).single()).isEqualTo(SIGNED.plusDays(30));
        assertThat(retired(criteria)).isTrue();
        assertThat(jdbc.sql("SELECT actor FROM administration_change WHERE subject_type = 'directive' AND subject_key = ? "
                + "AND action = 'retired'").param(code + "/5.b").query(String.class).list()).containsExactly("admin");
        assertThat(importer.history(criteria)).satisfiesExactly(
                addition -> assertThat(addition.added()).isTrue(),
                retirement -> {
                    assertThat(retirement.retired()).isTrue();
                    assertThat(retirement.versionKind()).isEqualTo(OrderTextVersion.Kind.AMENDED);
                    assertThat(retirement.wordingBefore()).contains("publish the criteria");
                    assertThat(retirement.deadlineBefore()).isNull();
                });
        assertThat(importer.history(review)).as("the old review untouched").singleElement()
                .satisfies(addition -> assertThat(addition.added()).isTrue());
        assertThat(jdbc.sql("SELECT what_changed FROM task_directive_change WHERE task_id = ?").param(criteriaTask)
                .query(String.class).list()).containsExactly("retired in version Amended of 2026-06-05");
        assertThat(jdbc.sql("SELECT message FROM notification WHERE recipient = 'pm.cisa' AND item_type = 'TASK' "
                + "AND item_id = ?").param(criteriaTask).query(String.class).list()).singleElement().asString()
                .contains("Directive " + code + " 5.b retired in the version \"Amended of 2026-06-05\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM task_directive_change WHERE task_id = ?").param(reviewTask)
                .query(Long.class).single()).as("the kept directive's task is not flagged").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE item_type = 'TASK' AND item_id = ?").param(reviewTask)
                .query(Long.class).single()).isZero();
    }

    /** A new order (its code made of the prefix) imported from the draft, every proposal accepted. */
    private String draftImported(String codePrefix) {
        String code = codePrefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        signedIn.run("admin", () -> importer.confirm(new NewOrder(code, "Order " + code, SIGNED, OrderTextVersion.Kind.DRAFT,
                "draft.txt", DRAFT, OrderTextFormat.PLAIN), accepted(importer.propose(DRAFT, OrderTextFormat.PLAIN, SIGNED)
                        .directives()), List.of(), Map.of()));
        return code;
    }

    private long directive(String orderCode, String directiveCode) {
        return jdbc.sql("SELECT d.id FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ? "
                + "AND d.code = ?").params(orderCode, directiveCode).query(Long.class).single();
    }

    private boolean retired(long directiveId) {
        return jdbc.sql("SELECT retired_at IS NOT NULL FROM directive WHERE id = ?").param(directiveId)
                .query(Boolean.class).single();
    }

    private long directiveCount(String orderCode) {
        return jdbc.sql("SELECT COUNT(*) FROM directive d JOIN exec_order o ON o.id = d.order_id WHERE o.code = ?")
                .param(orderCode).query(Long.class).single();
    }

    private static List<AcceptedDirective> accepted(List<ProposedDirective> proposals) {
        return proposals.stream().map(p -> new AcceptedDirective(p.code(), p.sectionRef(), p.title(), p.sentence(),
                p.deadline() == null ? null : p.deadline().date(), true, p.leadAgency(), p.supportingAgencies())).toList();
    }
}
