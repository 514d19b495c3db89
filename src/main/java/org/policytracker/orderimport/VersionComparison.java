package org.policytracker.orderimport;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between an order's directives and the requirements found in a new version of its text:
 * each requirement matched to a directive by its section, else by the words they share; the directives
 * left over are removed, the requirements left over added; a matched pair whose wording or deadline
 * differs is changed, its wording compared word by word (java-diff-utils).
 */
public final class VersionComparison {

    /** Share of their words two texts must have in common to be the same requirement reworded. */
    static final double SAME_REQUIREMENT = 0.5;

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true)
            .mergeOriginalRevised(false).oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>").build();

    private VersionComparison() {
    }

    /** A directive of the order as it stands: the section it was read from (may be null) and its wording. */
    public record CurrentDirective(long id, String code, String sectionRef, String text, LocalDate deadline) {
    }

    public enum ChangeKind {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    /**
     * One change: the directive as it stands (null when added), the requirement of the new version (null
     * when removed), the wording before and after as HTML with {@code <del>} and {@code <ins>} marking the
     * words, and the deadlines before and after.
     */
    public record Change(ChangeKind kind, CurrentDirective current, ProposedDirective proposed, String wordingBefore,
            String wordingAfter, LocalDate deadlineBefore, LocalDate deadlineAfter) {

        public boolean deadlineChanged() {
            return !Objects.equals(deadlineBefore, deadlineAfter);
        }
    }

    public static List<Change> compare(List<CurrentDirective> current, List<ProposedDirective> proposed) {
        Map<ProposedDirective, CurrentDirective> matched = new LinkedHashMap<>();
        Set<CurrentDirective> taken = new HashSet<>();
        for (ProposedDirective requirement : proposed) {
            current.stream().filter(d -> !taken.contains(d) && d.sectionRef() != null
                    && d.sectionRef().equals(requirement.sectionRef())).findFirst()
                    .ifPresent(d -> {
                        matched.put(requirement, d);
                        taken.add(d);
                    });
        }
        for (ProposedDirective requirement : proposed) {
            if (matched.containsKey(requirement)) {
                continue;
            }
            CurrentDirective best = null;
            double bestShare = SAME_REQUIREMENT;
            for (CurrentDirective directive : current) {
                double share = share(directive.text(), requirement.sentence());
                if (!taken.contains(directive) && share >= bestShare) {
                    best = directive;
                    bestShare = share;
                }
            }
            if (best != null) {
                matched.put(requirement, best);
                taken.add(best);
            }
        }
        List<Change> changes = new ArrayList<>();
        for (ProposedDirective requirement : proposed) {
            CurrentDirective directive = matched.get(requirement);
            LocalDate after = requirement.deadline() == null ? null : requirement.deadline().date();
            if (directive == null) {
                changes.add(new Change(ChangeKind.ADDED, null, requirement, "", escape(requirement.sentence()), null, after));
                continue;
            }
            DiffRow words = wordDiff(directive.text(), requirement.sentence());
            boolean same = directive.text().strip().equals(requirement.sentence().strip())
                    && Objects.equals(directive.deadline(), after);
            changes.add(new Change(same ? ChangeKind.UNCHANGED : ChangeKind.CHANGED, directive, requirement,
                    words.getOldLine(), words.getNewLine(), directive.deadline(), after));
        }
        current.stream().filter(d -> !taken.contains(d)).forEach(d -> changes.add(new Change(ChangeKind.REMOVED, d, null,
                escape(d.text()), "", d.deadline(), null)));
        return changes;
    }

    /** The two wordings side by side, HTML-escaped, the words only one has marked {@code <del>} and {@code <ins>}. */
    public static DiffRow wordDiff(String before, String after) {
        return WORDS.generateDiffRows(List.of(before), List.of(after)).getFirst();
    }

    /** The share of the two texts' words (of four letters or more) that both have. */
    static double share(String a, String b) {
        Set<String> first = words(a);
        Set<String> second = words(b);
        if (first.isEmpty() || second.isEmpty()) {
            return 0;
        }
        long common = first.stream().filter(second::contains).count();
        return (double) common / Math.max(first.size(), second.size());
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")).filter(w -> w.length() >= 4)
                .collect(Collectors.toSet());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
