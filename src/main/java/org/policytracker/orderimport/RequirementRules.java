package org.policytracker.orderimport;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule the requirement finder applies, in one place, each with its own tests
 * ({@code RequirementRulesTest}): how an order's text is numbered, what makes a sentence a
 * requirement and what only looks like one, how deadlines are phrased, and how actors are named.
 * Plain regular expressions over English legal drafting as the Federal Register prints it:
 * deterministic, no network, no model.
 */
final class RequirementRules {

    private RequirementRules() {
    }

    // ---- Page furniture --------------------------------------------------------------------------

    /**
     * A paragraph the Federal Register prints around an order, not part of it: the document's filing line
     * "[FR Doc. 2026-12345 Filed 6-4-26; 8:45 am]", its "BILLING CODE 3395-F4-P", the running head
     * "Federal Register / Vol. 91, No. 107 / Friday, June 5, 2026 / Presidential Documents", a page
     * number on its own ("[[Page 35395]]", "35395").
     */
    static final Pattern PAGE_FURNITURE = Pattern.compile("""
            ^(?:\\[FR\\s+Doc\\.[^\\]]*\\]\
            |BILLING\\s+CODE\\s+[0-9A-Z]+(?:-[0-9A-Z]+)*\
            |Federal\\s+Register\\s*/\\s*Vol\\..*\
            |\\[\\[Page\\s+\\d+\\]\\]\
            |\\d{1,6})$""", Pattern.CASE_INSENSITIVE);

    /** A page break inside a paragraph: "[[Page 35396]]" (govinfo's text), "Start Printed Page 35396" (federalregister.gov). */
    static final Pattern PAGE_BREAK = Pattern.compile("\\s*(?:\\[\\[Page\\s+\\d+\\]\\]|Start\\s+Printed\\s+Page\\s+\\d+)\\s*");

    /** The paragraph without the page breaks inside it; nothing if it is page furniture. */
    static Optional<String> withoutPageFurniture(String paragraph) {
        String text = PAGE_BREAK.matcher(paragraph).replaceAll(" ").strip();
        return text.isEmpty() || PAGE_FURNITURE.matcher(text).matches() ? Optional.empty() : Optional.of(text);
    }

    // ---- Numbering -------------------------------------------------------------------------------

    /** "Sec. 4. Securing Federal Systems. (a) ..." or "Section 4." at the start of a paragraph. */
    static final Pattern SECTION_HEADING = Pattern.compile("^(?:Sec\\.|SEC\\.|Section|SECTION)\\s*(\\d+[A-Za-z]?)\\.\\s*(.*)$",
            Pattern.DOTALL);

    /** A section's title: a few capitalised words ending in a period, before its text ("Definitions."). */
    static final Pattern SECTION_TITLE = Pattern.compile("^([A-Z][^.;:()]{0,100}?)\\.(?:\\s+|$)(.*)$", Pattern.DOTALL);

    /** "(a) ", "(ii) ", "(B) ", "(3) " at the start of a paragraph. */
    static final Pattern PARAGRAPH_MARKER = Pattern.compile("^\\(([a-z]{1,2}|[ivxlc]{1,6}|[A-Z]{1,2}|\\d{1,2})\\)\\s+(.*)$",
            Pattern.DOTALL);

    private static final Pattern ROMAN = Pattern.compile("[ivxlc]+");

    /** Nesting level of a marker: (a) 1, (i) 2, (A) 3, (1) 4. */
    static int markerLevel(String marker, String currentLetter, String currentRoman, boolean parentLeadsList) {
        if (marker.chars().allMatch(Character::isDigit)) {
            return 4;
        }
        if (Character.isUpperCase(marker.charAt(0))) {
            return 3;
        }
        if (!ROMAN.matcher(marker).matches()) {
            return 1;
        }
        boolean nextLetter = marker.length() == 1 && currentLetter != null && currentLetter.length() == 1
                && marker.charAt(0) == currentLetter.charAt(0) + 1;
        boolean nextRoman = currentRoman == null ? marker.equals("i") : marker.equals(nextRoman(currentRoman));
        if (nextLetter && !nextRoman) {
            return 1;
        }
        if (nextLetter && currentRoman == null && !parentLeadsList) {
            return 1;
        }
        return 2;
    }

    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx");

    private static String nextRoman(String roman) {
        int at = ROMANS.indexOf(roman);
        return at < 0 || at == ROMANS.size() - 1 ? "" : ROMANS.get(at + 1);
    }

    /** "THE WHITE HOUSE, June 5, 2026." closes a signed order: the date it was signed. */
    static final Pattern SIGNATURE_DATE = Pattern.compile("THE WHITE HOUSE,?\\s+([A-Z][a-z]+\\s+\\d{1,2},\\s+\\d{4})");

    // ---- Sentences -------------------------------------------------------------------------------

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])[\"”]?\\s+(?=[\"“(]?[A-Z(])");

    /** Words ending in a period that do not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("U.S.", "U.S.C.", "Sec.", "No.", "Nos.", "Inc.", "e.g.",
            "i.e.", "Mr.", "Ms.", "Dr.", "St.", "Stat.", "Pub.", "L.", "Fed.", "Reg.", "C.F.R.", "seq.", "al.", "Jan.",
            "Feb.", "Mar.", "Apr.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "para.", "approx.");

    /** The sentences of a paragraph, not cut after abbreviations such as "U.S.C." or "Sec.". */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : SENTENCE_END.split(paragraph.strip())) {
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(piece);
            String lastWord = piece.substring(piece.lastIndexOf(' ') + 1);
            if (!ABBREVIATIONS.contains(lastWord)) {
                sentences.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(current.toString());
        }
        return sentences;
    }

    // ---- Requirements ----------------------------------------------------------------------------

    /** The duty: "shall", "is (hereby) directed to", "should consider". */
    static final Pattern DUTY = Pattern.compile(
            "\\b(shall|(?:is|are)\\s+(?:hereby\\s+)?directed\\s+to|should\\s+consider)\\b", Pattern.CASE_INSENSITIVE);

    /** Sentences with a duty word that impose nothing: construction, definitions, general provisions. */
    static final List<Pattern> NOT_A_REQUIREMENT = List.of(
            Pattern.compile("^\\W*Nothing in this (?:order|section)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bshall\\s+(?:not\\s+)?be\\s+(?:construed|interpreted|deemed|read)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bshall\\s+be\\s+implemented\\s+consistent\\s+with\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bshall\\s+(?:have\\s+the\\s+meaning|mean|include|refer\\s+to|apply)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bthe\\s+term\\b.*\\bmeans\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bis not intended to, and does not, create\\b", Pattern.CASE_INSENSITIVE));

    /** Sections whose sentences are never requirements. */
    static final Pattern SECTION_WITHOUT_REQUIREMENTS = Pattern.compile(
            "^(?:Definitions|General Provisions|Purpose|Policy|Revocation.*|Severability|Effective Date)$",
            Pattern.CASE_INSENSITIVE);

    /** Whether the sentence, found in a section with that title, states a requirement. */
    static boolean isRequirement(String sentence, String sectionTitle) {
        if (sectionTitle != null && SECTION_WITHOUT_REQUIREMENTS.matcher(sectionTitle.strip()).matches()) {
            return false;
        }
        Matcher duty = DUTY.matcher(sentence);
        if (!duty.find()) {
            return false;
        }
        if (NOT_A_REQUIREMENT.stream().anyMatch(rule -> rule.matcher(sentence).find())) {
            return false;
        }
        return ACTOR.matcher(sentence.substring(0, duty.start())).find();
    }

    /**
     * A sentence with a duty but no actor ("The program shall begin operations not later than 180 days
     * after ..."), which sets the deadline of the requirement just before it in the same paragraph.
     */
    static boolean continuesWithDeadline(String sentence, String sectionTitle) {
        return (sectionTitle == null || !SECTION_WITHOUT_REQUIREMENTS.matcher(sectionTitle.strip()).matches())
                && DUTY.matcher(sentence).find() && NOT_A_REQUIREMENT.stream().noneMatch(rule -> rule.matcher(sentence).find())
                && !isRequirement(sentence, sectionTitle);
    }

    // ---- Actors ----------------------------------------------------------------------------------

    /** Who can be given a duty: an office holder, an agency, a body. */
    static final Pattern ACTOR = Pattern.compile("\\b(?:Secretary|Director|Administrator|Attorney General|"
            + "Assistant to the President|Chair(?:man|person)?|Commissioner|Comptroller|Advisor|Adviser|Counsel|"
            + "Chief|Heads? of|Department|Agency|Office|Council|Board|Committee|Commission|Administration|Bureau|"
            + "Service|Institute|Task Force|[Aa]gencies|[Ee]ach agency|[A-Z]{3,})\\b");

    /** Clauses naming an actor who supports the lead ("acting through", "in consultation with"). */
    static final Pattern SUPPORTING_CLAUSE = Pattern.compile("\\b(?:acting\\s+through|in\\s+consultation\\s+with|"
            + "in\\s+coordination\\s+with|with\\s+the\\s+support\\s+of|jointly\\s+with)\\s+(.+?)(?=,|;|:|\\.$|$|\\s+shall\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Between the actors of one clause: commas and "and". */
    static final Pattern ACTOR_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+(?=the\\s|each\\s|[A-Z]{3,}\\b)");

    /** Office titles before the organisation they lead: "the Secretary of" Homeland Security. */
    static final Pattern OFFICE_TITLE = Pattern.compile("^(?:the\\s+)?(?:Secretary|Director|Administrator|Chair(?:man|person)?|"
            + "Commissioner|Head|Chief|Comptroller)\\s+(?:General\\s+)?of\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);

    /** Organisation words that order texts leave out: "Department of" Homeland Security. */
    static final Pattern ORGANISATION_PREFIX = Pattern.compile("^(?:the\\s+)?(?:Department|Office)\\s+of\\s+(?:the\\s+)?",
            Pattern.CASE_INSENSITIVE);

    /** The lead actor phrase and the supporting ones, from the text before the duty and the sentence. */
    record Actors(String lead, List<String> supporting) {
    }

    static Actors actors(String sentence, int dutyStart) {
        String subject = sentence.substring(0, dutyStart);
        List<String> supporting = new ArrayList<>();
        Matcher support = SUPPORTING_CLAUSE.matcher(sentence);
        List<int[]> supportSpans = new ArrayList<>();
        while (support.find()) {
            supporting.addAll(splitActors(support.group(1)));
            supportSpans.add(new int[] {support.start(), support.end()});
        }
        StringBuilder own = new StringBuilder(subject);
        for (int i = supportSpans.size() - 1; i >= 0; i--) {
            int[] span = supportSpans.get(i);
            if (span[0] < subject.length()) {
                own.replace(span[0], Math.min(span[1], subject.length()), "");
            }
        }
        List<String> clauses = new ArrayList<>(List.of(own.toString().split(",")));
        clauses.removeIf(clause -> !ACTOR.matcher(clause).find() || deadline(clause, null).isPresent());
        if (clauses.isEmpty()) {
            return new Actors(null, supporting);
        }
        List<String> named = splitActors(clauses.getLast());
        if (named.isEmpty()) {
            return new Actors(null, supporting);
        }
        List<String> together = new ArrayList<>(named.subList(1, named.size()));
        together.addAll(supporting);
        return new Actors(named.getFirst(), together);
    }

    private static List<String> splitActors(String clause) {
        List<String> actors = new ArrayList<>();
        for (String part : ACTOR_SEPARATOR.split(clause.strip())) {
            String actor = part.strip().replaceFirst("^(?:and|or)\\s+", "").replaceFirst("[.;:]$", "").strip();
            Matcher start = ACTOR_START.matcher(actor);
            if (start.find()) {
                actor = actor.substring(start.start()).strip();
            }
            if (ACTOR.matcher(actor).find()) {
                actors.add(actor);
            }
        }
        return actors;
    }

    /** Where the actor's own name begins, after leading words such as "Within 90 days," or "In order to". */
    private static final Pattern ACTOR_START = Pattern.compile("\\b(?:[Tt]he\\s+(?=[A-Z]|heads?\\s+of\\b)|[Ee]ach\\s+|[A-Z](?=[a-z]+\\s+of\\b)|[A-Z]{3,}\\b)");

    /** The organisation an actor phrase names, by name, acronym, alias or id, with or without office title. */
    static Optional<KnownOrganisation> organisation(String actor, List<KnownOrganisation> organisations) {
        Set<String> actorKeys = keys(actor);
        for (KnownOrganisation organisation : organisations) {
            List<String> names = new ArrayList<>(organisation.aliases());
            names.add(organisation.name());
            names.add(organisation.id());
            if (organisation.acronym() != null) {
                names.add(organisation.acronym());
            }
            Matcher parenthesised = Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)\\s*$").matcher(organisation.name());
            if (parenthesised.matches()) {
                names.add(parenthesised.group(1));
                names.add(parenthesised.group(2));
            }
            for (String name : names) {
                if (keys(name).stream().anyMatch(actorKeys::contains)) {
                    return Optional.of(organisation);
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> keys(String name) {
        String whole = normalise(name);
        String withoutTitle = normalise(OFFICE_TITLE.matcher(name.strip()).replaceFirst(""));
        String withoutPrefix = normalise(ORGANISATION_PREFIX.matcher(name.strip()).replaceFirst(""));
        return new HashSet<>(List.of(whole, withoutTitle, withoutPrefix));
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the\\s+", "").replaceAll("[^a-z0-9 ]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    // ---- Deadlines -------------------------------------------------------------------------------

    private static final String NUMBER = "(\\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty-five|sixty|ninety|one hundred (?:and )?eighty)";
    private static final String UNIT = "(days?|weeks?|months?|years?)";
    private static final String BEFORE_LIMIT = "(?:within|not\\s+later\\s+than|no\\s+later\\s+than)\\s+";
    private static final String FROM = "\\s+(?:of|after|from|following)\\s+";

    /** Counted from the order: "within 90 days of the date of this order", "not later than 180 days after ...". */
    static final Pattern AFTER_SIGNING = Pattern.compile(BEFORE_LIMIT + NUMBER + "\\s+" + UNIT + FROM
            + "(?:the\\s+date\\s+of\\s+(?:this\\s+order|the\\s+signing\\s+of\\s+this\\s+order)|this\\s+order|"
            + "the\\s+(?:issuance|signing|effective\\s+date|publication)\\s+of\\s+this\\s+order)",
            Pattern.CASE_INSENSITIVE);

    /** Counted from another requirement: "within 30 days of the completion of the review ...". */
    static final Pattern AFTER_ANOTHER = Pattern.compile(BEFORE_LIMIT + NUMBER + "\\s+" + UNIT + FROM
            + "(?:the\\s+)?(?:completion|issuance|publication|submission|release|receipt|establishment|delivery|"
            + "development|adoption|finalization|approval)\\s+of\\s+(.+?)(?=,|;|\\.$|$)", Pattern.CASE_INSENSITIVE);

    /** A calendar date: "by January 31, 2027", "not later than March 1, 2027", "on or before ...". */
    static final Pattern ON_DATE = Pattern.compile("(?:\\bby|not\\s+later\\s+than|no\\s+later\\s+than|on\\s+or\\s+before)\\s+"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{1,2}),\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    /** A period with no anchor ("within 60 days"): read as after signing, an assumption the operator confirms. */
    static final Pattern WITHIN_ONLY = Pattern.compile(BEFORE_LIMIT + NUMBER + "\\s+" + UNIT + "\\b(?!\\s+(?:of|after|from|following|before)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** Where a relative deadline names its requirement by number: "subsection (a) of this section", "section 4(b)". */
    static final Pattern REFERENCE = Pattern.compile("(?:sub)?(?:section|paragraph)\\s+(\\d+)?((?:\\([a-zA-Z0-9]{1,5}\\))*)"
            + "(?:\\s+of\\s+this\\s+(section|subsection|order))?", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("sixty", 60), Map.entry("ninety", 90),
            Map.entry("one hundred eighty", 180), Map.entry("one hundred and eighty", 180));

    /** A deadline as read, before it is placed against the order's date or another requirement. */
    record DeadlinePhrase(String phrase, int start, Integer days, LocalDate date, String reference, boolean anchored) {
    }

    /** The first deadline phrase in the text, if any; {@code signedOn} may be null. */
    static Optional<DeadlinePhrase> deadline(String text, LocalDate signedOn) {
        Matcher afterSigning = AFTER_SIGNING.matcher(text);
        if (afterSigning.find()) {
            int days = days(afterSigning.group(1), afterSigning.group(2));
            return Optional.of(new DeadlinePhrase(afterSigning.group(), afterSigning.start(), days,
                    signedOn == null ? null : signedOn.plusDays(days), null, true));
        }
        Matcher relative = AFTER_ANOTHER.matcher(text);
        if (relative.find()) {
            return Optional.of(new DeadlinePhrase(relative.group(), relative.start(),
                    days(relative.group(1), relative.group(2)), null, relative.group(3).strip(), true));
        }
        Matcher onDate = ON_DATE.matcher(text);
        if (onDate.find()) {
            Month month = Month.valueOf(onDate.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(new DeadlinePhrase(onDate.group(), onDate.start(), null,
                    LocalDate.of(Integer.parseInt(onDate.group(3)), month, Integer.parseInt(onDate.group(2))), null,
                    true));
        }
        Matcher within = WITHIN_ONLY.matcher(text);
        if (within.find()) {
            int days = days(within.group(1), within.group(2));
            return Optional.of(new DeadlinePhrase(within.group(), within.start(), days,
                    signedOn == null ? null : signedOn.plusDays(days), null, false));
        }
        return Optional.empty();
    }

    /** The length in days: months as 30 days and years as 365, as agencies count "90 days" and "one year". */
    static int days(String number, String unit) {
        String word = number.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int count = NUMBER_WORDS.containsKey(word) ? NUMBER_WORDS.get(word) : Integer.parseInt(word);
        String singular = unit.toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        return switch (singular) {
            case "week" -> count * 7;
            case "month" -> count * 30;
            case "year" -> count * 365;
            default -> count;
        };
    }

    /** A signed order's date, from its closing line. */
    static Optional<LocalDate> signatureDate(String text) {
        Matcher signature = SIGNATURE_DATE.matcher(text);
        if (!signature.find()) {
            return Optional.empty();
        }
        Matcher date = Pattern.compile("([A-Z][a-z]+)\\s+(\\d{1,2}),\\s+(\\d{4})").matcher(signature.group(1));
        date.matches();
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equals(date.group(1))) {
                return Optional.of(LocalDate.of(Integer.parseInt(date.group(3)), month, Integer.parseInt(date.group(2))));
            }
        }
        return Optional.empty();
    }

    /**
     * The section reference a relative deadline's text names ("the review described in subsection (a) of
     * this section", read in section 4(c), is 4(a)), if it names one.
     */
    static Optional<String> referencedSection(String reference, String currentRef) {
        Matcher named = REFERENCE.matcher(reference);
        if (!named.find() || (named.group(1) == null && named.group(2).isEmpty())) {
            return Optional.empty();
        }
        String section = named.group(1) != null ? named.group(1) : sectionNumber(currentRef);
        return Optional.of(section + named.group(2));
    }

    static String sectionNumber(String ref) {
        if (ref == null) {
            return "";
        }
        int paren = ref.indexOf('(');
        return paren < 0 ? ref : ref.substring(0, paren);
    }

    // ---- Titles ----------------------------------------------------------------------------------

    private static final int TITLE_LENGTH = 120;

    /**
     * A directive's title from the words after the duty, without the deadline phrase (the deadline has its
     * own field): "shall, by January 31, 2027, develop guidance on ..." → "Develop guidance on ...".
     */
    static String title(String sentence, int dutyEnd, String deadlinePhrase) {
        String after = sentence.substring(dutyEnd);
        if (deadlinePhrase != null) {
            after = after.replace(deadlinePhrase, "").replaceAll("\\s*,\\s*,", ",").replaceAll("\\s{2,}", " ")
                    .replaceAll("\\s+([.;:])", "$1");
        }
        String rest = after.strip().replaceFirst("^,\\s*(?:[^,]*,\\s*)?", "")
                .replaceFirst("^(?:the\\s+following|as\\s+appropriate)[,:]?\\s*", "").replaceFirst("[.;:]\\s*$", "");
        if (rest.isEmpty()) {
            rest = sentence.strip();
        }
        String title = Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
        return title.length() <= TITLE_LENGTH ? title : title.substring(0, title.lastIndexOf(' ', TITLE_LENGTH - 1)) + " …";
    }
}
