package org.perfgoals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.jspecify.annotations.NullMarked;

/** Every production package says, in its {@code package-info.java}, that nothing in it is null unless marked so. */
@AnalyzeClasses(packages = "org.perfgoals", importOptions = ImportOption.DoNotIncludeTests.class)
class NullnessArchitectureTest {

    @ArchTest
    static final ArchRule every_package_is_null_marked = classes()
            .that().resideInAPackage("org.perfgoals..")
            .should(beInANullMarkedPackage())
            .because("JSpecify's @NullMarked makes every type non-null by default, so @Nullable marks the few "
                    + "values that may be absent (docs/decisions/0008-guard-rails.md)");

    private static ArchCondition<JavaClass> beInANullMarkedPackage() {
        return new ArchCondition<>("be in a package whose package-info.java is annotated with @NullMarked") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean marked = type.getPackage().isAnnotatedWith(NullMarked.class);
                events.add(new SimpleConditionEvent(type, marked, "package " + type.getPackageName()
                        + " (of " + type.getSimpleName() + ") has no package-info.java with @NullMarked"));
            }
        };
    }
}
