package org.policytracker.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.policytracker.security.AppUser;
import org.policytracker.security.DemoUser;
import org.policytracker.security.Role;
import org.policytracker.security.TenantUser;

/**
 * The access policy tried from the wrong side: people of another tenant, oversight viewers who read
 * but must not change, reviewers of another agency. A CISA task, a directive (shared) and a
 * hospital association's report that DHS reviews.
 */
class ItemPolicyTest {

    private static final ItemOwnership CISA_TASK = ItemOwnership.ownedBy("cisa");
    private static final ItemOwnership DIRECTIVE = ItemOwnership.ownedBy(null);
    private static final ItemOwnership HOSPITAL_REPORT = new ItemOwnership("hospital-assoc", "dhs");

    private static final TenantUser CISA_MANAGER = user("cisa", Role.PROGRAM_MANAGER);
    private static final TenantUser TREASURY_MANAGER = user("treasury", Role.PROGRAM_MANAGER);
    private static final TenantUser DHS_MANAGER = user("dhs", Role.PROGRAM_MANAGER);
    private static final TenantUser DHS_REPORTER = user("dhs", Role.SECTOR_REPORTER);
    private static final TenantUser HOSPITAL_REPORTER = user("hospital-assoc", Role.SECTOR_REPORTER);
    private static final TenantUser HOSPITAL_MANAGER = user("hospital-assoc", Role.PROGRAM_MANAGER);
    private static final TenantUser WATER_REPORTER = user("water-assoc", Role.SECTOR_REPORTER);
    private static final TenantUser VIEWER = user("congress", Role.OVERSIGHT_VIEWER);
    private static final TenantUser ADMIN = user("operator", Role.ADMIN);

    private static TenantUser user(String tenantId, Role role) {
        return new DemoUser(tenantId + "-" + role, "Someone", null, tenantId, Set.of(role), null);
    }

    /** Someone of the directory (not signed in), as a comment's mention names them. */
    private static AppUser person(String tenantId, Role role) {
        return new AppUser(tenantId + "-" + role, tenantId, "Someone", null, Set.of(role));
    }

    private static Predicate<TenantUser> seeing(ItemOwnership item) {
        return user -> ItemPolicy.maySee(user, item);
    }

    private static Predicate<TenantUser> reviewing(ItemOwnership item) {
        return user -> ItemPolicy.mayReview(user, item);
    }

    @Test
    void aUserOfAnotherTenantSeesNeitherItsTasksNorItsReports() {
        assertThat(seeing(CISA_TASK)).rejects(TREASURY_MANAGER, DHS_MANAGER, HOSPITAL_REPORTER);
        assertThat(seeing(HOSPITAL_REPORT)).rejects(TREASURY_MANAGER, CISA_MANAGER, WATER_REPORTER);
    }

    @Test
    void theOwnerSeesItsItemsAndEveryoneSeesSharedOnes() {
        assertThat(seeing(CISA_TASK)).accepts(CISA_MANAGER);
        assertThat(seeing(HOSPITAL_REPORT)).accepts(HOSPITAL_REPORTER, HOSPITAL_MANAGER);
        assertThat(seeing(DIRECTIVE)).accepts(CISA_MANAGER, TREASURY_MANAGER, WATER_REPORTER, VIEWER);
    }

    @Test
    void anOversightViewerReadsEveryTenantsItems() {
        assertThat(seeing(CISA_TASK)).accepts(VIEWER, ADMIN);
        assertThat(seeing(HOSPITAL_REPORT)).accepts(VIEWER, ADMIN);
        assertThat(ItemPolicy.seesEveryTenant(VIEWER)).isTrue();
        assertThat(ItemPolicy.seesEveryTenant(CISA_MANAGER)).isFalse();
    }

    @Test
    void anOversightViewerDoesNotReviewWhatTheyRead() {
        assertThat(reviewing(HOSPITAL_REPORT)).rejects(VIEWER);
        assertThat(reviewing(CISA_TASK)).rejects(VIEWER);
    }

    @Test
    void onlyTheReviewingAgencysProgramManagersAndAdministratorsReview() {
        assertThat(reviewing(HOSPITAL_REPORT)).accepts(DHS_MANAGER, ADMIN)
                .rejects(TREASURY_MANAGER, HOSPITAL_REPORTER, HOSPITAL_MANAGER, DHS_REPORTER);
        // Reviewing is a program manager's job: anyone else of the reviewing agency does not even see the report.
        assertThat(seeing(HOSPITAL_REPORT)).accepts(DHS_MANAGER).rejects(DHS_REPORTER);
    }

    @Test
    void aPersonOfTheDirectoryIsJudgedByTheSameRule() {
        Predicate<AppUser> seeingTheReport = person -> ItemPolicy.maySee(person, HOSPITAL_REPORT);
        assertThat(seeingTheReport).accepts(person("dhs", Role.PROGRAM_MANAGER), person("congress", Role.OVERSIGHT_VIEWER),
                person("hospital-assoc", Role.SECTOR_REPORTER))
                .rejects(person("treasury", Role.PROGRAM_MANAGER), person("dhs", Role.SECTOR_REPORTER));
    }
}
