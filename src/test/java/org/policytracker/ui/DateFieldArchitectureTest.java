package org.policytracker.ui;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import org.junit.jupiter.api.Test;

/**
 * One date format for the whole app: every date field is an {@link IsoDatePicker}, so no page can
 * show 7/1/2026 in a field while its grid shows 2026-07-01.
 */
class DateFieldArchitectureTest {

    @Test
    void everyDateFieldIsAnIsoDatePicker() {
        noClasses().that().doNotHaveFullyQualifiedName(IsoDatePicker.class.getName())
                .should().callConstructorWhere(target(owner(equivalentTo(DatePicker.class))))
                .because("a plain DatePicker shows dates in the browser's format, not the app's")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.policytracker"));
    }
}
