package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.policytracker.orderimport.RequirementRules.Actors;
import org.policytracker.orderimport.RequirementRules.DeadlinePhrase;

/** One test (or table) per rule of {@link RequirementRules}; sentences in the style of the seed articles' order. */
class RequirementRulesTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 6, 5);

    private static final List<KnownOrganisation> ORGANISATIONS = List.of(
            new KnownOrganisation("dhs", "Department of Homeland Security (DHS)", null, Set.of()),
            new KnownOrganisation("cisa", "Cybersecurity and Infrastructure Security Agency (CISA)", null, Set.of()),
            new KnownOrganisation("treasury", "Department of the Treasury", null, Set.of()),
            new KnownOrganisation("nsa", "National Security Agency", "NSA", Set.of()),
            new KnownOrganisation("doj", "Department of Justice (DOJ)", null, Set.of("Attorney General")));

    @ParameterizedTest
    @ValueSource(strings = {"[FR Doc. 2026-12345 Filed 6-4-26; 8:45 am]", "BILLING CODE 3395-F4-P", "Billing code 3295-F6-P",
            "Federal Register / Vol. 91, No. 107 / Friday, June 5, 2026 / Presidential Documents", "[[Page 35395]]", "35395",
            "Start Printed Page 35396"})
    void theFederalRegistersPageFurnitureIsNotPartOfTheOrder(String furniture) {
        assertThat(RequirementRules.withoutPageFurniture(furniture)).isEmpty();
    }

    @Test
    void aPageBreakInsideAParagraphIsTakenOutAndTheParagraphKept() {
        assertThat(RequirementRules.withoutPageFurniture("(b) The Director of CISA shall establish a program across "
                + "civilian Federal [[Page 35396]] systems.")).contains("(b) The Director of CISA shall establish a program "
                + "across civilian Federal systems.");
        assertThat(RequirementRules.withoutPageFurniture("across civilian Federal Start Printed Page 35396systems."))
                .contains("across civilian Federal systems.");
        assertThat(RequirementRules.withoutPageFurniture("Sec. 8. Reporting. The Director of the Office of Management and "
                + "Budget shall report to the Federal Register by 2027.")).as("an order's own words are kept")
                .contains("Sec. 8. Reporting. The Director of the Office of Management and Budget shall report to the "
                        + "Federal Register by 2027.");
        assertThat(RequirementRules.withoutPageFurniture("2026")).as("a number alone is a page number").isEmpty();
    }

    @Test
    void sectionsAndSubParagraphsKeepTheirNumbering() {
        List<OrderParagraph> paragraphs = RequirementFinder.numbered(List.of(
                "By the authority vested in me as President, it is hereby ordered as follows:",
                "Section 1. Purpose. Attackers need only one poorly governed deployment.",
                "Sec. 4. Securing Federal Systems. (a) Within 90 days, the Director of CISA shall act.",
                "(b) The Secretary of Homeland Security shall:",
                "(i) identify the systems;",
                "(ii) assess them; and",
                "(A) in particular those of hospitals;",
                "(1) and their suppliers.",
                "(c) The Secretary of the Treasury shall report.",
                "Sec. 5. Reporting.",
                "(h) The Attorney General shall advise.",
                "(i) The Secretary of Homeland Security shall publish."));
        assertThat(paragraphs).extracting(OrderParagraph::sectionRef).containsExactly(null, "1", "4(a)", "4(b)",
                "4(b)(i)", "4(b)(ii)", "4(b)(ii)(A)", "4(b)(ii)(A)(1)", "4(c)", "5(h)", "5(i)");
        assertThat(paragraphs.get(1).sectionTitle()).isEqualTo("Purpose");
        assertThat(paragraphs.get(2).text()).isEqualTo("Within 90 days, the Director of CISA shall act.");
    }

    @Test
    void theLetterIAfterHIsALetterUnlessHLeadsAList() {
        assertThat(RequirementRules.markerLevel("i", "h", null, false)).isEqualTo(1);
        assertThat(RequirementRules.markerLevel("i", "h", null, true)).isEqualTo(2);
        assertThat(RequirementRules.markerLevel("v", "u", "iv", true)).isEqualTo(2);
        assertThat(RequirementRules.markerLevel("v", "u", "ii", false)).isEqualTo(1);
    }

    @Test
    void sentencesAreNotCutAfterAbbreviations() {
        assertThat(RequirementRules.sentences("The term has the meaning in 44 U.S.C. 3502. The Secretary of "
                + "Homeland Security shall act under Sec. 4 of this order. Developers may submit models."))
                .containsExactly("The term has the meaning in 44 U.S.C. 3502.",
                        "The Secretary of Homeland Security shall act under Sec. 4 of this order.",
                        "Developers may submit models.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Within 90 days of the date of this order, the Secretary of Homeland Security shall publish guidance.",
        "The Director of CISA is directed to expand the deployment of AI-enabled defensive capabilities.",
        "The Secretary of the Treasury should consider incentives for financial institutions.",
        "Agencies are hereby directed to report their AI systems.",
        "The heads of Sector Risk Management Agencies shall offer technical assistance."})
    void requirementsHaveAnActorAndADuty(String sentence) {
        assertThat(RequirementRules.isRequirement(sentence, "Securing Federal Systems")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nothing in this order shall be construed to impair or otherwise affect the authority granted by law.",
        "This order shall be implemented consistent with applicable law and subject to the availability of appropriations.",
        "This order is not intended to, and does not, create any right or benefit enforceable at law.",
        "The term \"frontier model\" shall have the meaning given in section 5 of this order.",
        "The term \"agency\" means any authority of the United States that shall be an agency under 44 U.S.C. 3502(1).",
        "Developers may voluntarily submit frontier models for review up to 30 days before public release.",
        "The report shall be submitted to the President.",
        "The administration rejected mandatory AI licensing and pre-release approval requirements."})
    void sentencesThatOnlyLookLikeRequirementsAreNot(String sentence) {
        assertThat(RequirementRules.isRequirement(sentence, "Frontier Model Review")).isFalse();
    }

    @Test
    void definitionsAndGeneralProvisionsImposeNothing() {
        String sentence = "Each agency shall designate a Chief AI Officer.";
        assertThat(RequirementRules.isRequirement(sentence, "Securing Federal Systems")).isTrue();
        assertThat(RequirementRules.isRequirement(sentence, "Definitions")).isFalse();
        assertThat(RequirementRules.isRequirement(sentence, "General Provisions")).isFalse();
        assertThat(RequirementRules.isRequirement(sentence, "Policy")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Within 90 days of the date of this order, the Secretary shall act.             | 90  | 2026-09-03
        Not later than 180 days after the date of this order, the Director shall act.  | 180 | 2026-12-02
        No later than 30 days from the date of this order, the Director shall act.     | 30  | 2026-07-05
        Within sixty days of the date of this order, the Director shall act.           | 60  | 2026-08-04
        The Attorney General shall report within six months of the date of this order. | 180 | 2026-12-02
        Within one year of the date of this order, the Secretary of Energy shall act.  | 365 | 2027-06-05
        Within 120 days after the issuance of this order, the Secretary shall act.     | 120 | 2026-10-03
        Within two weeks of the signing of this order, the Director shall act.         | 14  | 2026-06-19
        """)
    void deadlinesCountedFromTheOrder(String sentence, int days, LocalDate date) {
        DeadlinePhrase deadline = RequirementRules.deadline(sentence, SIGNED).orElseThrow();
        assertThat(deadline.days()).isEqualTo(days);
        assertThat(deadline.date()).isEqualTo(date);
        assertThat(deadline.reference()).isNull();
        assertThat(deadline.anchored()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The Secretary shall, by January 31, 2027, issue guidelines.                 | 2027-01-31
        Not later than March 1, 2027, the Director shall publish criteria.          | 2027-03-01
        The Secretary shall, no later than June 30, 2027, publish guidance.         | 2027-06-30
        On or before December 15, 2026, the Director shall report.                  | 2026-12-15
        """)
    void deadlinesOnADate(String sentence, LocalDate date) {
        assertThat(RequirementRules.deadline(sentence, SIGNED).orElseThrow().date()).isEqualTo(date);
    }

    @Test
    void deadlinesCountedFromAnotherRequirement() {
        DeadlinePhrase completion = RequirementRules.deadline("Within 30 days of the completion of the guidance "
                + "described in subsection (a) of this section, the head of each agency shall designate an official.",
                SIGNED).orElseThrow();
        assertThat(completion.days()).isEqualTo(30);
        assertThat(completion.date()).isNull();
        assertThat(completion.reference()).isEqualTo("the guidance described in subsection (a) of this section");
        assertThat(RequirementRules.referencedSection(completion.reference(), "4(b)")).contains("4(a)");

        DeadlinePhrase notLater = RequirementRules.deadline("Not later than 60 days after the establishment of the "
                + "voluntary review process, the Secretary of Commerce shall publish the criteria.", SIGNED).orElseThrow();
        assertThat(notLater.days()).isEqualTo(60);
        assertThat(notLater.reference()).isEqualTo("the voluntary review process");
        assertThat(RequirementRules.referencedSection(notLater.reference(), "5(b)")).isEmpty();

        assertThat(RequirementRules.referencedSection("the report required by section 6(c) of this order", "7(a)"))
                .contains("6(c)");
    }

    @Test
    void aPeriodWithoutAnchorIsAnAssumption() {
        DeadlinePhrase within = RequirementRules.deadline("The Director of CISA shall report within 60 days.", SIGNED)
                .orElseThrow();
        assertThat(within.date()).isEqualTo(LocalDate.of(2026, 8, 4));
        assertThat(within.anchored()).isFalse();
        assertThat(RequirementRules.deadline("Developers may submit models up to 30 days before public release.",
                SIGNED)).isEmpty();
    }

    @Test
    void theSigningDateComesFromTheClosingLine() {
        assertThat(RequirementRules.signatureDate("THE WHITE HOUSE, June 5, 2026.")).contains(SIGNED);
        assertThat(RequirementRules.signatureDate("The White House said on June 5, 2026 that")).isEmpty();
    }

    @Test
    void theLeadIsWhoActsAndWhoItActsThroughSupports() {
        String sentence = "Within 90 days of the date of this order, the Secretary of Homeland Security, acting through "
                + "the Director of the Cybersecurity and Infrastructure Security Agency, shall publish guidance.";
        Actors actors = RequirementRules.actors(sentence, sentence.indexOf("shall"));
        assertThat(actors.lead()).isEqualTo("the Secretary of Homeland Security");
        assertThat(actors.supporting()).containsExactly("the Director of the Cybersecurity and Infrastructure Security Agency");

        String consulting = "The Director of CISA shall, in consultation with the Director of the National Security "
                + "Agency and the Secretary of the Treasury, establish a program.";
        Actors consulted = RequirementRules.actors(consulting, consulting.indexOf("shall"));
        assertThat(consulted.lead()).isEqualTo("The Director of CISA");
        assertThat(consulted.supporting()).containsExactly("the Director of the National Security Agency",
                "the Secretary of the Treasury");

        String joint = "The Secretary of the Treasury and the Attorney General shall jointly report.";
        Actors jointly = RequirementRules.actors(joint, joint.indexOf("shall"));
        assertThat(jointly.lead()).isEqualTo("The Secretary of the Treasury");
        assertThat(jointly.supporting()).containsExactly("the Attorney General");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        the Secretary of Homeland Security                                  | dhs
        the Director of the Cybersecurity and Infrastructure Security Agency | cisa
        the Director of CISA                                                | cisa
        The Secretary of the Treasury                                       | treasury
        the Director of the National Security Agency                        | nsa
        the Attorney General                                                | doj
        DHS                                                                 | dhs
        """)
    void agenciesByNameAcronymOrAlias(String actor, String id) {
        assertThat(RequirementRules.organisation(actor, ORGANISATIONS)).map(KnownOrganisation::id).contains(id);
    }

    @Test
    void anActorNoOrganisationNamesIsUnmatched() {
        assertThat(RequirementRules.organisation("the Secretary of Energy", ORGANISATIONS)).isEmpty();
        assertThat(RequirementRules.organisation("the head of each agency", ORGANISATIONS)).isEmpty();
    }

    @Test
    void theTitleIsTheDuty() {
        String sentence = "The Director of CISA shall, in consultation with the Director of NSA, establish a program.";
        assertThat(RequirementRules.title(sentence, sentence.indexOf("shall") + 5, null)).isEqualTo("Establish a program");
        String dated = "The Director of CISA shall establish a clearinghouse by January 31, 2027.";
        assertThat(RequirementRules.title(dated, dated.indexOf("shall") + 5, "by January 31, 2027"))
                .isEqualTo("Establish a clearinghouse");
        String inside = "The Secretary shall, no later than June 30, 2027, publish guidance for hospitals.";
        assertThat(RequirementRules.title(inside, inside.indexOf("shall") + 5, "no later than June 30, 2027"))
                .isEqualTo("Publish guidance for hospitals");
    }
}
