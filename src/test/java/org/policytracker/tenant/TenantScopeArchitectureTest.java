package org.policytracker.tenant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Only the tenant module switches the {@link TenantContext} scope (today through
 * {@link TenantTransactions}): every other module reads across tenants or writes as another tenant
 * through that template, so no feature lifts the tenant filter on its own. Applies to the
 * application and its tests alike.
 */
class TenantScopeArchitectureTest {

    private static final String TENANT_MODULE = "org.policytracker.tenant..";
    /** What TenantContext offers that only reads the scope; any other method of it switches the scope. */
    private static final Set<String> SCOPE_READS = Set.of("currentTenantId");

    private static final JavaClasses CLASSES = new ClassFileImporter().importPackages("org.policytracker");

    @Test
    void onlyTheTenantModuleSwitchesTheTenantScope() {
        noClasses().that().resideOutsideOfPackage(TENANT_MODULE).should(switchTheTenantScope())
                .because("reading across tenants and writing as another tenant go through tenant.TenantTransactions")
                .check(CLASSES);
    }

    @Test
    void theRuleCatchesAScopeSwitch() {
        JavaClasses offender = new ClassFileImporter().importClasses(ScopeSwitcher.class);
        assertThatThrownBy(() -> noClasses().should(switchTheTenantScope()).check(offender))
                .hasMessageContaining("TenantContext.callAs");
    }

    private static ArchCondition<JavaClass> switchTheTenantScope() {
        return new ArchCondition<>("switch the TenantContext scope") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                // calls and method references (TenantContext::callAs) alike
                javaClass.getCodeUnitAccessesFromSelf().stream()
                        .filter(access -> access.getTargetOwner().isEquivalentTo(TenantContext.class)
                                && !SCOPE_READS.contains(access.getName()))
                        .forEach(access -> events.add(SimpleConditionEvent.satisfied(access, access.getDescription())));
            }
        };
    }

    /** What the rule must refuse outside the tenant module (it lives here because callAs is package-private). */
    static final class ScopeSwitcher {
        String everyTenantsRows() {
            return TenantContext.callAs(TenantContext.ALL_TENANTS, TenantContext::currentTenantId);
        }
    }
}
