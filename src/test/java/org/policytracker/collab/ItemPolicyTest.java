package org.policytracker.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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

    private static TenantUser user(String tenantId, Role... roles) {
        return new DemoUser("someone", "Someone", null, tenantId, Set.of(roles), null);
    }

    private static AppUser person(String tenantId, Role... roles) {
        return new AppUser("someone", tenantId, "Someone", null, Set.of(roles));
    }

    @Test
    void aUserOfAnotherTenantSeesNeitherItsTasksNorItsReports() {
        TenantUser treasury = user("treasury", Role.PROGRAM_MANAGER);
        assertThat(ItemPolicy.maySee(treasury, CISA_TASK)).isFalse();
        assertThat(ItemPolicy.maySee(treasury, HOSPITAL_REPORT)).isFalse();
        assertThat(ItemPolicy.maySee(person("treasury", Role.PROGRAM_MANAGER), CISA_TASK)).isFalse();
        assertThat(ItemPolicy.maySee(user("water-assoc", Role.SECTOR_REPORTER), HOSPITAL_REPORT)).isFalse();
    }

    @Test
    void theOwnerSeesItsItemsAndEveryoneSeesSharedOnes() {
        assertThat(ItemPolicy.maySee(user("cisa", Role.PROGRAM_MANAGER), CISA_TASK)).isTrue();
        assertThat(ItemPolicy.maySee(user("hospital-assoc", Role.SECTOR_REPORTER), HOSPITAL_REPORT)).isTrue();
        assertThat(ItemPolicy.maySee(person("cisa", Role.PROGRAM_MANAGER), CISA_TASK)).isTrue();
        assertThat(ItemPolicy.maySee(user("treasury", Role.PROGRAM_MANAGER), DIRECTIVE)).isTrue();
        assertThat(ItemPolicy.maySee(user("water-assoc", Role.SECTOR_REPORTER), DIRECTIVE)).isTrue();
    }

    @Test
    void anOversightViewerReadsEveryTenantsItems() {
        TenantUser viewer = user("congress", Role.OVERSIGHT_VIEWER);
        assertThat(ItemPolicy.maySee(viewer, CISA_TASK)).isTrue();
        assertThat(ItemPolicy.maySee(viewer, HOSPITAL_REPORT)).isTrue();
        assertThat(ItemPolicy.maySee(person("congress", Role.OVERSIGHT_VIEWER), HOSPITAL_REPORT)).isTrue();
        assertThat(ItemPolicy.seesEveryTenant(viewer)).isTrue();
        assertThat(ItemPolicy.seesEveryTenant(user("cisa", Role.PROGRAM_MANAGER))).isFalse();
    }

    @Test
    void anOversightViewerDoesNotReviewWhatTheyRead() {
        TenantUser viewer = user("congress", Role.OVERSIGHT_VIEWER);
        assertThat(ItemPolicy.mayReview(viewer, HOSPITAL_REPORT)).isFalse();
        assertThat(ItemPolicy.mayReview(viewer, CISA_TASK)).isFalse();
    }

    @Test
    void onlyTheReviewingAgencysProgramManagersAndAdministratorsReview() {
        assertThat(ItemPolicy.mayReview(user("dhs", Role.PROGRAM_MANAGER), HOSPITAL_REPORT)).isTrue();
        assertThat(ItemPolicy.maySee(user("dhs", Role.PROGRAM_MANAGER), HOSPITAL_REPORT)).isTrue();
        assertThat(ItemPolicy.mayReview(user("operator", Role.ADMIN), HOSPITAL_REPORT)).isTrue();

        assertThat(ItemPolicy.mayReview(user("treasury", Role.PROGRAM_MANAGER), HOSPITAL_REPORT)).isFalse();
        assertThat(ItemPolicy.mayReview(user("hospital-assoc", Role.SECTOR_REPORTER), HOSPITAL_REPORT)).isFalse();
        assertThat(ItemPolicy.mayReview(user("hospital-assoc", Role.PROGRAM_MANAGER), HOSPITAL_REPORT)).isFalse();
        // Reviewing is a program manager's job: anyone else of the reviewing agency neither reviews nor sees the report.
        assertThat(ItemPolicy.mayReview(user("dhs", Role.SECTOR_REPORTER), HOSPITAL_REPORT)).isFalse();
        assertThat(ItemPolicy.maySee(user("dhs", Role.SECTOR_REPORTER), HOSPITAL_REPORT)).isFalse();
    }
}
