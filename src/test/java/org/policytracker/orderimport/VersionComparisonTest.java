package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.orderimport.VersionComparison.Change;
import org.policytracker.orderimport.VersionComparison.ChangeKind;
import org.policytracker.orderimport.VersionComparison.CurrentDirective;

/**
 * The seed articles' change between the draft and the signed order: a mandatory 90-day government
 * review of frontier models became a voluntary submission up to 30 days before release.
 */
class VersionComparisonTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 6, 5);

    private static final String DRAFT = """
            Sec. 5. Frontier Model Review. (a) Within 90 days of the date of this order, the Secretary of Commerce shall \
            establish a mandatory review of frontier models by the Federal Government before their public release.
            (b) The Secretary of Commerce shall publish the criteria used in such reviews.
            (c) The Secretary of Energy shall report on the energy use of frontier models.
            """;

    private static final String SIGNED_TEXT = """
            Sec. 5. Frontier Model Review. (a) Within 30 days of the date of this order, the Secretary of Commerce shall \
            establish a voluntary review of frontier models by the Federal Government up to 30 days before their public release.
            (b) The Secretary of Commerce shall publish the criteria used in such reviews.
            (c) The Director of CISA shall share threat indicators with developers of frontier models.
            """;

    @Test
    void showsWhatChangedBetweenTheDraftAndTheSignedOrder() {
        RequirementFinder finder = new RequirementFinder(RequirementFinderTest.ORGANISATIONS);
        List<CurrentDirective> current = finder.find(DRAFT, OrderTextFormat.PLAIN, SIGNED).directives().stream()
                .map(d -> new CurrentDirective(d.code().hashCode(), d.code(), d.sectionRef(), d.sentence(),
                        d.deadline() == null ? null : d.deadline().date()))
                .toList();
        List<Change> changes = VersionComparison.compare(current,
                finder.find(SIGNED_TEXT, OrderTextFormat.PLAIN, SIGNED).directives());

        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.CHANGED, ChangeKind.UNCHANGED,
                ChangeKind.CHANGED);
        Change review = changes.getFirst();
        assertThat(review.deadlineBefore()).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(review.deadlineAfter()).isEqualTo(LocalDate.of(2026, 7, 5));
        assertThat(review.deadlineChanged()).isTrue();
        assertThat(review.wordingBefore()).contains("<del>90</del>", "<del>mandatory</del>");
        assertThat(review.wordingAfter()).contains("<ins>30</ins>", "<ins>voluntary</ins>");
    }

    @Test
    void aRequirementInAnotherSectionIsMatchedByItsWords() {
        CurrentDirective moved = new CurrentDirective(1, "4.a", "4(a)",
                "The Secretary of Commerce shall publish the criteria used in the reviews of frontier models.", null);
        CurrentDirective dropped = new CurrentDirective(2, "4.b", "4(b)",
                "The Secretary of Energy shall report on the energy use of data centers.", null);
        List<Change> changes = VersionComparison.compare(List.of(moved, dropped),
                new RequirementFinder(RequirementFinderTest.ORGANISATIONS).find("""
                        Sec. 6. Review. (c) The Secretary of Commerce shall publish the criteria used in the reviews of frontier models.
                        (d) The Attorney General shall review the legal authorities available.
                        """, OrderTextFormat.PLAIN, SIGNED).directives());
        assertThat(changes).extracting(Change::kind).containsExactly(ChangeKind.UNCHANGED, ChangeKind.ADDED,
                ChangeKind.REMOVED);
        assertThat(changes.getFirst().current()).isEqualTo(moved);
        assertThat(changes.getLast().current()).isEqualTo(dropped);
    }
}
