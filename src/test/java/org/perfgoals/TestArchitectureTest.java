package org.perfgoals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** How the tests are built (ArchitectureTest leaves the tests out): Spring contexts come from a few base classes. */
@AnalyzeClasses(packages = "org.perfgoals", importOptions = ImportOption.OnlyIncludeTests.class)
class TestArchitectureTest {

    /**
     * The bases: {@link SpringTest} (services, export, and through {@link KaribuTest} the views), the API's
     * {@code ApiTest} (HTTP on a random port) and {@code BrowserTest} (the journeys). No exceptions today: a class
     * that needs properties, profiles or beans of its own adds {@code @TestPropertySource}, {@code @ActiveProfiles}
     * or {@code @Import} to a subclass. Exceptions would be listed here, each with its reason.
     */
    private static final String BASES = "org\\.perfgoals\\.(SpringTest|api\\.ApiTest|browser\\.BrowserTest)";

    @ArchTest
    static final ArchRule only_the_base_classes_declare_a_spring_boot_test = classes()
            .that().areAnnotatedWith(SpringBootTest.class)
            .should().haveNameMatching(BASES)
            .because("every Spring test class goes through a base, so that it starts from the database as "
                    + "start-up leaves it (DatabaseReset) and shares the few contexts the bases define");

    @ArchTest
    static final ArchRule no_test_throws_its_context_away = noClasses()
            .should().beAnnotatedWith(DirtiesContext.class)
            .because("DatabaseReset gives each class a fresh database; a new context per class only costs start-ups");
}
