package org.policytracker.orderimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.policytracker.admin.OrderConfigurationRejectedException;
import org.policytracker.orderimport.OrderTextImport.AcceptedDirective;
import org.policytracker.orderimport.OrderTextImport.NewOrder;
import org.policytracker.orderimport.RequirementFinder.Findings;
import org.policytracker.support.PolicyTrackerTest;
import org.policytracker.support.SignedIn;
import org.policytracker.support.TestOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The import of accepted proposals: through the order configuration import, aliases saved, all or nothing, administrators only. */
@PolicyTrackerTest
class OrderTextImportTest {

    @Autowired
    OrderTextImport importer;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestOrders orders;
    @Autowired
    JdbcClient jdbc;

    private static String text(String office) {
        return """
                Sec. 2. Securing Systems. (a) Within 90 days of the date of this order, the Secretary of Homeland Security, \
                acting through the Director of CISA, shall publish guidance on AI systems.
                (b) The Director of the %s shall report on its affairs.
                THE WHITE HOUSE,
                June 5, 2026.
                """.formatted(office);
    }

    @Test
    void acceptedProposalsAreImportedAsAnOrderAndMappedActorsBecomeAliases() {
        String agency = orders.agency("import");
        String office = "Office of Test Affairs " + agency.toUpperCase(Locale.ROOT);
        String code = "T-TEXT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        Findings findings = signedIn.as("admin", () -> importer.propose(text(office), OrderTextFormat.PLAIN, null));
        assertThat(findings.signedOn()).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(findings.directives()).extracting(ProposedDirective::leadAgency).containsExactly("dhs", null);
        assertThat(findings.unmatchedActors()).containsExactly("The Director of the " + office);

        ProposedDirective first = findings.directives().getFirst();
        signedIn.run("admin", () -> importer.confirm(new NewOrder(code, "Order " + code, findings.signedOn(),
                OrderTextVersion.Kind.SIGNED, "test.txt", text(office), OrderTextFormat.PLAIN), List.of(
                        new AcceptedDirective(first.code(), first.sectionRef(), first.title(), first.sentence(),
                                first.deadline().date(), true, first.leadAgency(), first.supportingAgencies()),
                        new AcceptedDirective("2.b", "2(b)", "Report on test affairs", findings.directives().get(1).sentence(),
                                null, false, agency, List.of())),
                List.of(), Map.of("The Director of the " + office, agency)));

        assertThat(jdbc.sql("SELECT d.code, d.deadline, t.id FROM directive d JOIN exec_order o ON o.id = d.order_id "
                + "JOIN tenant t ON t.id = d.lead_tenant_id WHERE o.code = ? ORDER BY d.code").param(code)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3)).list())
                .containsExactly("2.a 2026-09-03 dhs", "2.b null " + agency);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM administration_change WHERE subject_key LIKE ? AND actor = 'admin'")
                .param(code + "%").query(Long.class).single()).as("order and two directives, in the history").isEqualTo(3);
        assertThat(jdbc.sql("SELECT alias FROM tenant_alias WHERE tenant_id = ?").param(agency).query(String.class).list())
                .containsExactly("Director of the " + office);
        assertThat(signedIn.as("admin", () -> importer.propose(text(office), OrderTextFormat.PLAIN, null)).directives()
                .get(1).leadAgency()).as("the alias matches the next time").isEqualTo(agency);
    }

    @Test
    void aRejectedImportSavesNothingNotEvenTheAliases() {
        String agency = orders.agency("import");
        String code = "T-TEXT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        assertThatThrownBy(() -> signedIn.run("admin", () -> importer.confirm(new NewOrder(code, "Order " + code,
                LocalDate.of(2026, 6, 5), OrderTextVersion.Kind.SIGNED, null, "The Secretary shall publish guidance.",
                OrderTextFormat.PLAIN),
                List.of(new AcceptedDirective("2.a", "2(a)", "Publish guidance", "The Secretary shall publish guidance.",
                        null, false, "no-such-agency", List.of())),
                List.of(), Map.of("the Secretary", agency))))
                .isInstanceOf(OrderConfigurationRejectedException.class)
                .hasMessageContaining("no-such-agency");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM exec_order WHERE code = ?").param(code).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM tenant_alias WHERE tenant_id = ?").param(agency).query(Long.class)
                .single()).isZero();
    }

    @Test
    void onlyAdministratorsImport() {
        assertThatThrownBy(() -> signedIn.run("pm.cisa", () -> importer.propose(text("Office of X"),
                OrderTextFormat.PLAIN, null))).isInstanceOf(AccessDeniedException.class);
    }
}
