package org.policytracker.orderimport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import org.policytracker.orderimport.RequirementRules.Actors;
import org.policytracker.orderimport.RequirementRules.DeadlinePhrase;

/**
 * Reads an order's text into proposed directives by the rules of {@link RequirementRules}: numbers
 * its paragraphs, keeps the sentences that state a requirement (a paragraph ending in "shall:" lends
 * its actor, duty and deadline to each of its sub-paragraphs), places each deadline against the
 * order's signing date or the requirement it counts from, and names the agencies. Deterministic and
 * without side effects: the same text and organisations give the same proposals.
 */
public final class RequirementFinder {

    private static final int MAX_CODE = 32;
    /** Content words a relative deadline's reference must share with a requirement to count from it. */
    private static final int MIN_SHARED_WORDS = 2;
    private static final Set<String> STOP_WORDS = Set.of("the", "this", "that", "with", "from", "shall", "order",
            "section", "subsection", "described", "required", "under", "such", "their", "each", "which", "within",
            "days", "date", "into", "been", "have", "will", "and", "for", "of");

    private final List<KnownOrganisation> organisations;

    public RequirementFinder(List<KnownOrganisation> organisations) {
        this.organisations = List.copyOf(organisations);
    }

    /** What the finder read: the signing date it used, the numbered paragraphs, the proposals, the actors no organisation matched. */
    public record Findings(LocalDate signedOn, List<OrderParagraph> paragraphs, List<ProposedDirective> directives,
            List<String> unmatchedActors) {
    }

    /**
     * The proposals in the text; {@code signedOn} counts "within N days of the date of this order"
     * (when null, the date in the text's closing "THE WHITE HOUSE, June 5, 2026." if there is one).
     */
    public Findings find(String content, OrderTextFormat format, LocalDate signedOn) {
        List<String> raw = OrderTextReader.paragraphs(content, format).stream()
                .map(RequirementRules::withoutPageFurniture).flatMap(Optional::stream).toList();
        List<OrderParagraph> paragraphs = numbered(raw);
        LocalDate signed = signedOn != null ? signedOn
                : RequirementRules.signatureDate(String.join(" ", raw)).orElse(null);
        List<Draft> drafts = new ArrayList<>();
        Map<String, String> stems = new HashMap<>();
        for (OrderParagraph paragraph : paragraphs) {
            List<String> sentences = RequirementRules.sentences(paragraph.text());
            String stem = stemOf(paragraph.sectionRef(), stems);
            if (stem != null && !sentences.isEmpty()) {
                sentences = new ArrayList<>(sentences);
                sentences.set(0, stem + " " + sentences.getFirst());
            }
            String last = sentences.isEmpty() ? "" : sentences.getLast();
            if (last.endsWith(":") && RequirementRules.isRequirement(last, paragraph.sectionTitle())) {
                stems.put(paragraph.sectionRef(), last.substring(0, last.length() - 1).strip());
                sentences = sentences.subList(0, sentences.size() - 1);
            }
            for (String sentence : sentences) {
                Optional<DeadlinePhrase> deadline = RequirementRules.deadline(sentence, signed);
                if (RequirementRules.isRequirement(sentence, paragraph.sectionTitle())) {
                    drafts.add(new Draft(paragraph.sectionRef(), sentence, deadline.orElse(null)));
                } else if (RequirementRules.continuesWithDeadline(sentence, paragraph.sectionTitle())
                        && deadline.isPresent() && !drafts.isEmpty()
                        && drafts.getLast().sectionRef().equals(paragraph.sectionRef())
                        && drafts.getLast().deadline() == null) {
                    Draft previous = drafts.removeLast();
                    drafts.add(new Draft(previous.sectionRef(), previous.sentence(), deadline.get()));
                }
            }
        }
        return propose(signed, paragraphs, drafts);
    }

    private record Draft(String sectionRef, String sentence, DeadlinePhrase deadline) {
    }

    /** The stem a sub-paragraph continues: that of its nearest parent that ended in "shall:". */
    private static String stemOf(String ref, Map<String, String> stems) {
        if (ref == null) {
            return null;
        }
        for (String parent = parentRef(ref); parent != null; parent = parentRef(parent)) {
            if (stems.containsKey(parent)) {
                return stems.get(parent);
            }
        }
        return null;
    }

    private static String parentRef(String ref) {
        int last = ref.lastIndexOf('(');
        return last <= 0 ? null : ref.substring(0, last);
    }

    private Findings propose(LocalDate signed, List<OrderParagraph> paragraphs, List<Draft> drafts) {
        List<ProposedDirective> directives = new ArrayList<>();
        Set<String> unmatched = new LinkedHashSet<>();
        Set<String> codes = new LinkedHashSet<>();
        Map<String, LocalDate> datesByRef = new HashMap<>();
        for (Draft draft : drafts) {
            ProposedDeadline deadline = deadline(draft, drafts, datesByRef, signed);
            if (deadline != null && deadline.date() != null) {
                datesByRef.putIfAbsent(draft.sectionRef(), deadline.date());
            }
            Matcher duty = RequirementRules.DUTY.matcher(draft.sentence());
            duty.find();
            Actors actors = RequirementRules.actors(draft.sentence(), duty.start());
            List<String> unmatchedHere = new ArrayList<>();
            String lead = actors.lead() == null ? null : match(actors.lead(), unmatchedHere);
            List<String> supporting = actors.supporting().stream().map(actor -> match(actor, unmatchedHere))
                    .filter(id -> id != null && !id.equals(lead)).distinct().toList();
            unmatched.addAll(unmatchedHere);
            directives.add(new ProposedDirective(code(draft.sectionRef(), codes), draft.sectionRef(), draft.sentence(),
                    duty.start(), duty.end(), RequirementRules.title(draft.sentence(), duty.end(),
                            draft.deadline() == null ? null : draft.deadline().phrase()), deadline, lead,
                    supporting, unmatchedHere));
        }
        return new Findings(signed, paragraphs, directives, List.copyOf(unmatched));
    }

    private String match(String actor, List<String> unmatched) {
        Optional<KnownOrganisation> organisation = RequirementRules.organisation(actor, organisations);
        if (organisation.isEmpty()) {
            unmatched.add(actor);
        }
        return organisation.map(KnownOrganisation::id).orElse(null);
    }

    /** A relative deadline counts from the requirement its reference names, or else the one it resembles most. */
    private static ProposedDeadline deadline(Draft draft, List<Draft> drafts, Map<String, LocalDate> datesByRef,
            LocalDate signed) {
        DeadlinePhrase phrase = draft.deadline();
        if (phrase == null) {
            return null;
        }
        if (phrase.reference() == null) {
            boolean afterSigning = phrase.days() != null;
            return new ProposedDeadline(phrase.phrase(), phrase.date(), afterSigning ? phrase.days() : null, null, null,
                    phrase.anchored());
        }
        String relativeTo = RequirementRules.referencedSection(phrase.reference(), draft.sectionRef())
                .orElseGet(() -> mostSimilar(phrase.reference(), draft, drafts));
        LocalDate base = relativeTo == null ? null : datesByRef.get(relativeTo);
        return new ProposedDeadline(phrase.phrase(), base == null ? null : base.plusDays(phrase.days()), null,
                relativeTo, phrase.days(), true);
    }

    private static String mostSimilar(String reference, Draft self, List<Draft> drafts) {
        Set<String> wanted = words(reference);
        String best = null;
        long bestShared = MIN_SHARED_WORDS - 1;
        for (Draft other : drafts) {
            if (other == self) {
                continue;
            }
            long shared = words(other.sentence()).stream().filter(wanted::contains).count();
            if (shared > bestShared) {
                bestShared = shared;
                best = other.sectionRef();
            }
        }
        return best;
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(word -> word.length() > 3 && !STOP_WORDS.contains(word))
                .map(word -> word.replaceFirst("(?:s|es|ed|ing)$", ""))
                .collect(Collectors.toSet());
    }

    /** "4(b)(i)" becomes "4.b.i"; a second requirement in the same paragraph "4.b.i-2". */
    private static String code(String sectionRef, Set<String> taken) {
        String base = sectionRef == null ? "P" : sectionRef.replace(")(", ".").replace("(", ".").replace(")", "");
        base = base.length() > MAX_CODE - 3 ? base.substring(0, MAX_CODE - 3) : base;
        String code = base;
        for (int n = 2; !taken.add(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** The paragraphs with their section references, from "Sec. 4." and the (a), (i), (A), (1) markers. */
    static List<OrderParagraph> numbered(List<String> paragraphs) {
        List<OrderParagraph> numbered = new ArrayList<>();
        String section = null;
        String title = null;
        String[] markers = new String[5];
        boolean previousLeadsList = false;
        for (String raw : paragraphs) {
            String text = raw;
            Matcher heading = RequirementRules.SECTION_HEADING.matcher(text);
            if (heading.matches()) {
                section = heading.group(1);
                Arrays.fill(markers, null);
                text = heading.group(2).strip();
                Matcher titled = RequirementRules.SECTION_TITLE.matcher(text);
                title = null;
                if (titled.matches() && !RequirementRules.DUTY.matcher(titled.group(1)).find()) {
                    title = titled.group(1).strip();
                    text = titled.group(2).strip();
                }
            }
            Matcher marker = RequirementRules.PARAGRAPH_MARKER.matcher(text);
            if (marker.matches()) {
                int level = RequirementRules.markerLevel(marker.group(1), markers[1], markers[2], previousLeadsList);
                markers[level] = marker.group(1);
                for (int deeper = level + 1; deeper < markers.length; deeper++) {
                    markers[deeper] = null;
                }
                text = marker.group(2).strip();
            }
            if (text.isEmpty()) {
                continue;
            }
            numbered.add(new OrderParagraph(reference(section, markers), title, text));
            previousLeadsList = text.endsWith(":");
        }
        return numbered;
    }

    private static String reference(String section, String[] markers) {
        StringBuilder ref = new StringBuilder(section == null ? "" : section);
        for (int level = 1; level < markers.length; level++) {
            if (markers[level] != null) {
                ref.append('(').append(markers[level]).append(')');
            }
        }
        return ref.isEmpty() ? null : ref.toString();
    }
}
