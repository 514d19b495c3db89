package org.policytracker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where things live inside a module (docs/architecture.md, "Inside a module"), for what Spring
 * Modulith's verification does not cover: SQL through JDBC only in a module's {@code query}
 * package, Spring Data repositories only in a module's {@code repository} package and used by their
 * own module (and the demo loader, which writes the demo rows) unless package-private, Vaadin routes
 * only in {@code ui}.
 */
class ModuleInternalsArchitectureTest {

    private static final Pattern MODULE = Pattern.compile("^org\\.policytracker\\.([a-z]+)(\\..*)?$");

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.policytracker");

    @Test
    void jdbcOnlyInQueryPackages() {
        jdbcOnlyInQueryPackagesRule().check(APPLICATION);
    }

    @Test
    void repositoriesLiveInRepositoryPackagesAndServeTheirOwnModule() {
        repositoriesInRepositoryPackagesRule().check(APPLICATION);
        repositoriesServeTheirOwnModuleRule("demo").check(APPLICATION);
    }

    @Test
    void routesLiveInUiPackages() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().resideInAPackage("..ui..")
                .because("a module's views are its internals, in its ui package")
                .check(APPLICATION);
    }

    @Test
    void theRulesCatchOffenders() {
        JavaClasses offenders = new ClassFileImporter().importClasses(JdbcOutsideQueries.class,
                RepositoryOutsideRepositoryPackage.class);
        assertThatThrownBy(() -> jdbcOnlyInQueryPackagesRule().check(offenders))
                .hasMessageContaining(JdbcOutsideQueries.class.getSimpleName());
        assertThatThrownBy(() -> repositoriesInRepositoryPackagesRule().check(offenders))
                .hasMessageContaining(RepositoryOutsideRepositoryPackage.class.getSimpleName());
        assertThatThrownBy(() -> repositoriesServeTheirOwnModuleRule().check(APPLICATION))
                .as("the demo loader writes through other modules' repositories: without its exception the rule reports it")
                .hasMessageContaining("org.policytracker.demo.DemoDataLoader");
    }

    private static ArchRule jdbcOnlyInQueryPackagesRule() {
        return classes().that().resideOutsideOfPackages("..query..", "org.policytracker.database..")
                .should().onlyDependOnClassesThat(DescribedPredicate.not(
                        JavaClass.Predicates.resideInAnyPackage("org.springframework.jdbc..", "java.sql..")))
                .because("SQL is read in a module's query classes, where it can be found and reviewed");
    }

    private static ArchRule repositoriesInRepositoryPackagesRule() {
        return classes().that().areAssignableTo(org.springframework.data.repository.Repository.class)
                .and().areInterfaces().and().arePublic()
                .should().resideInAPackage("..repository..")
                .because("a module's repositories are its internals: package-private beside their one user, or in its repository package");
    }

    private static ArchRule repositoriesServeTheirOwnModuleRule(String... alsoAllowedModules) {
        Set<String> allowed = Set.of(alsoAllowedModules);
        return classes().that().resideInAPackage("org.policytracker.*.repository..")
                .should(new ArchCondition<>("be used only by their own module or " + allowed) {
                    @Override
                    public void check(JavaClass repository, ConditionEvents events) {
                        String owner = moduleOf(repository.getPackageName());
                        for (Dependency use : repository.getDirectDependenciesToSelf()) {
                            String user = moduleOf(use.getOriginClass().getPackageName());
                            if (user != null && !user.equals(owner) && !allowed.contains(user)) {
                                events.add(SimpleConditionEvent.violated(use, use.getDescription()));
                            }
                        }
                    }
                })
                .because("other modules go through the owning module's services");
    }

    private static String moduleOf(String packageName) {
        Matcher module = MODULE.matcher(packageName);
        return module.matches() ? module.group(1) : null;
    }

    /** Offender for the JDBC rule: SQL outside a query package. */
    static class JdbcOutsideQueries {
        long count(JdbcClient jdbc) {
            return jdbc.sql("select count(*) from task").query(Long.class).single();
        }
    }

    /** Offender for the repository rule: a repository outside a repository package. */
    public interface RepositoryOutsideRepositoryPackage extends org.springframework.data.repository.Repository<Object, Long> {
    }
}
