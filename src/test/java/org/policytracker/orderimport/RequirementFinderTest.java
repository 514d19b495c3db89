package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policytracker.orderimport.RequirementFinder.Findings;

/**
 * The finder on an order written for the tests in the style of a real one ({@code orderimport/test-order.txt},
 * 9 sections, nested sub-paragraphs), against what a careful reader finds in it
 * ({@code test-order.expected.tsv}): precision and recall for requirements, deadlines and lead agencies.
 */
class RequirementFinderTest {

    static final List<KnownOrganisation> ORGANISATIONS = List.of(
            new KnownOrganisation("dhs", "Department of Homeland Security (DHS)", null, Set.of()),
            new KnownOrganisation("cisa", "Cybersecurity and Infrastructure Security Agency (CISA)", null, Set.of()),
            new KnownOrganisation("treasury", "Department of the Treasury", null, Set.of()),
            new KnownOrganisation("nsa", "National Security Agency (NSA)", null, Set.of()),
            new KnownOrganisation("doj", "Department of Justice (DOJ)", null, Set.of("Attorney General")),
            new KnownOrganisation("commerce", "Department of Commerce", null, Set.of()),
            new KnownOrganisation("nist", "National Institute of Standards and Technology", "NIST", Set.of()),
            new KnownOrganisation("energy", "Department of Energy", "DOE", Set.of()),
            new KnownOrganisation("hhs", "Department of Health and Human Services", "HHS", Set.of()),
            new KnownOrganisation("omb", "Office of Management and Budget", "OMB", Set.of()));

    private record Expected(String sectionRef, String lead, LocalDate deadline, List<String> supporting) {
    }

    @Test
    void findsTheRequirementsOfTheTestOrder() throws IOException {
        Findings findings = new RequirementFinder(ORGANISATIONS).find(resource("test-order.txt"), OrderTextFormat.PLAIN,
                null);
        List<Expected> expected = expected();
        assertThat(findings.signedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(20);
        assertThat(expected.stream().filter(e -> e.deadline() != null)).hasSizeGreaterThanOrEqualTo(12);

        Score requirements = score(findings.directives(), expected, d -> d.sectionRef(), Expected::sectionRef);
        Score deadlines = score(findings.directives().stream().filter(d -> d.deadline() != null && d.deadline().date() != null).toList(),
                expected.stream().filter(e -> e.deadline() != null).toList(),
                d -> d.sectionRef() + " " + d.deadline().date(), e -> e.sectionRef() + " " + e.deadline());
        Score leads = score(findings.directives().stream().filter(d -> d.leadAgency() != null).toList(),
                expected.stream().filter(e -> e.lead() != null).toList(),
                d -> d.sectionRef() + " " + d.leadAgency(), e -> e.sectionRef() + " " + e.lead());
        System.out.printf("Test order: requirements %s, deadlines %s, lead agencies %s%n", requirements, deadlines, leads);

        assertThat(requirements.precision()).isEqualTo(1.0);
        assertThat(requirements.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(deadlines.precision()).isEqualTo(1.0);
        assertThat(deadlines.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(leads.precision()).isEqualTo(1.0);
        assertThat(leads.recall()).isGreaterThanOrEqualTo(0.9);
        assertThat(findings.unmatchedActors()).contains("the head of each agency",
                "The heads of Sector Risk Management Agencies");
    }

    @Test
    void relativeDeadlinesCountFromTheRequirementTheyName() throws IOException {
        Map<String, ProposedDirective> bySection = new HashMap<>();
        new RequirementFinder(ORGANISATIONS).find(resource("test-order.txt"), OrderTextFormat.PLAIN, null).directives()
                .forEach(d -> bySection.putIfAbsent(d.sectionRef(), d));
        assertThat(bySection.get("4(b)").deadline().relativeTo()).isEqualTo("4(a)");
        assertThat(bySection.get("5(b)").deadline().relativeTo()).as("by the words it shares with 5(a)").isEqualTo("5(a)");
        assertThat(bySection.get("6(d)").deadline().relativeTo()).isEqualTo("6(c)");
        assertThat(bySection.get("6(d)").deadline().date()).isEqualTo(LocalDate.of(2026, 10, 18));
        assertThat(bySection.get("4(a)").supportingAgencies()).containsExactly("cisa");
        assertThat(bySection.get("6(a)").supportingAgencies()).containsExactlyInAnyOrder("treasury", "nsa");
    }

    @Test
    void readsTheFederalRegistersHtmlAndXml() {
        String html = "<html><head><title>EO</title><script>var shall = 1;</script></head><body><nav>Home</nav>"
                + "<p>Sec. 4. <em>Securing Federal Systems</em>. (a) Within 90 days of the date of this order, the "
                + "Secretary of Homeland Security shall publish guidance.</p>"
                + "<p>(b) The Director of <abbr>CISA</abbr> shall establish a program.</p></body></html>";
        Findings fromHtml = new RequirementFinder(ORGANISATIONS).find(html, OrderTextFormat.HTML, LocalDate.of(2026, 6, 5));
        assertThat(fromHtml.directives()).extracting(ProposedDirective::sectionRef, ProposedDirective::leadAgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("4(a)", "dhs"), org.assertj.core.groups.Tuple.tuple("4(b)", "cisa"));

        String xml = "<PRESDOCU><EXECORD><HD SOURCE=\"HED\">Sec. 4. Securing Federal Systems.</HD>"
                + "<P>(a) Within <E T=\"03\">90 days</E> of the date of this order, the Secretary of Homeland Security "
                + "shall publish guidance.</P><GPH/><P>(b) Nothing in this order shall be construed to impair any authority.</P>"
                + "</EXECORD></PRESDOCU>";
        Findings fromXml = new RequirementFinder(ORGANISATIONS).find(xml, OrderTextFormat.XML, LocalDate.of(2026, 6, 5));
        assertThat(fromXml.directives()).singleElement().satisfies(d -> {
            assertThat(d.sectionRef()).isEqualTo("4(a)");
            assertThat(d.deadline().date()).isEqualTo(LocalDate.of(2026, 9, 3));
        });
    }

    /** The files the browser test uploads: the same short order as a federalregister.gov page and as its XML. */
    @ParameterizedTest
    @CsvSource({"federal-register-order.html, HTML", "federal-register-order.xml, XML"})
    void readsAFederalRegisterDocumentWithoutItsPageFurniture(String file, OrderTextFormat format) throws IOException {
        Findings findings = new RequirementFinder(ORGANISATIONS).find(resource(file), format, null);

        assertThat(findings.signedOn()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(findings.directives()).extracting(ProposedDirective::sectionRef, ProposedDirective::leadAgency)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2(a)", "dhs"),
                        org.assertj.core.groups.Tuple.tuple("2(b)", "cisa"),
                        org.assertj.core.groups.Tuple.tuple("2(c)(i)", "dhs"),
                        org.assertj.core.groups.Tuple.tuple("2(c)(ii)", "dhs"),
                        org.assertj.core.groups.Tuple.tuple("3(a)", "commerce"));
        assertThat(findings.directives().get(1).sentence()).as("the page break inside it taken out")
                .contains("across civilian Federal systems.");
        assertThat(findings.paragraphs()).extracting(OrderParagraph::text).noneMatch(text -> text.contains("FR Doc")
                || text.toUpperCase(java.util.Locale.ROOT).contains("BILLING CODE") || text.contains("Vol. 91")
                || text.contains("Page 3539"));
    }

    @Test
    void theSameTextGivesTheSameProposals() throws IOException {
        String text = resource("test-order.txt");
        assertThat(new RequirementFinder(ORGANISATIONS).find(text, OrderTextFormat.PLAIN, null))
                .isEqualTo(new RequirementFinder(ORGANISATIONS).find(text, OrderTextFormat.PLAIN, null));
    }

    /** Precision: found items that are expected; recall: expected items that were found. */
    record Score(int found, int expected, int correct) {
        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) correct / expected;
        }

        @Override
        public String toString() {
            return String.format("precision %d/%d = %.2f, recall %d/%d = %.2f", correct, found, precision(), correct,
                    expected, recall());
        }
    }

    private static <F, E> Score score(List<F> found, List<E> expected, Function<F, String> foundKey,
            Function<E, String> expectedKey) {
        Set<String> expectedKeys = Set.copyOf(expected.stream().map(expectedKey).toList());
        List<String> foundKeys = found.stream().map(foundKey).distinct().toList();
        int correct = (int) foundKeys.stream().filter(expectedKeys::contains).count();
        return new Score(foundKeys.size(), expectedKeys.size(), correct);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(RequirementFinderTest.class.getResourceAsStream("/orderimport/" + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<Expected> expected() throws IOException {
        return resource("test-order.expected.tsv").lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .map(cells -> new Expected(cells[0], cells[1].equals("-") ? null : cells[1],
                        cells[2].equals("-") ? null : LocalDate.parse(cells[2]),
                        cells[3].isEmpty() ? List.of() : List.of(cells[3].split(","))))
                .toList();
    }
}
