package org.perfgoals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import com.vaadin.flow.router.Route;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

/** The layering we promise: plain-Java domain, thin views, transactional services, no cycles between features. */
@AnalyzeClasses(packages = "org.perfgoals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk_and_other_domain_code = noClasses()
            .that().resideInAPackage("org.perfgoals..domain..")
            .should().dependOnClassesThat()
            .resideOutsideOfPackages("java..", "org.jspecify.annotations..", "org.perfgoals..domain..")
            .because("the form model, target parser and importer are plain Java, testable without Spring, "
                    + "UI or persistence");

    @ArchTest
    static final ArchRule no_two_classes_share_a_simple_name = classes()
            .that().areTopLevelClasses()
            .and().doNotHaveSimpleName("package-info")
            .should(haveASimpleNameOfTheirOwn())
            .because("a name such as TargetText in two features makes every reader and every stack trace ask "
                    + "which one is meant");

    private static ArchCondition<JavaClass> haveASimpleNameOfTheirOwn() {
        return new ArchCondition<>("have a simple name no other class has") {
            private Map<String, Long> counts = Map.of();

            @Override
            public void init(Collection<JavaClass> all) {
                counts = all.stream().collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.counting()));
            }

            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean shared = counts.getOrDefault(type.getSimpleName(), 0L) > 1;
                events.add(new SimpleConditionEvent(type, !shared,
                        type.getFullName() + " shares its simple name with another class"));
            }
        };
    }

    @ArchTest
    static final ArchRule features_have_no_cycles = slices().matching("org.perfgoals.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_do_not_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views go through services, which hold the transactions and the security checks");

    @ArchTest
    static final ArchRule rest_controllers_do_not_touch_repositories = noClasses()
            .that().areAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule repositories_are_used_only_by_services = classes()
            .that().haveSimpleNameEndingWith("Repository")
            .should().onlyBeAccessed().byClassesThat(DescribedPredicate.describe("services or repositories",
                    (JavaClass c) -> c.isAnnotatedWith(Service.class) || c.getSimpleName().endsWith("Repository")
                            || c.getSimpleName().endsWith("RepositoryImpl")))
            .because("repositories hold no transaction or security of their own: services wrap them");

    @ArchTest
    static final ArchRule services_are_transactional = classes()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(Transactional.class);

    @ArchTest
    static final ArchRule views_stay_inside_their_feature = classes()
            .that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("LoginView")
            .should().notBePublic()
            .because("a feature's ui package is package-private; other features navigate by route");

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule project_and_alert_views_read_records = noClasses()
            .that().resideInAnyPackage("org.perfgoals.project.ui..", "org.perfgoals.project.api..",
                    "org.perfgoals.alert.ui..", "org.perfgoals.alert.api..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("the project page, the alert centre and their REST API read records from ProjectQueries and "
                    + "AlertService; entities and repositories stay inside their feature "
                    + "(docs/decisions/0007-project-and-alert-read-models.md)");

    @ArchTest
    static final ArchRule project_and_alert_read_models_are_records = classes()
            .that().resideInAnyPackage("org.perfgoals.project", "org.perfgoals.alert", "org.perfgoals.indicator")
            .and().haveNameMatching(".*(Record|Details)")
            .should().beAssignableTo(Record.class)
            .because("a read model is a plain value: nothing that reads it can change it or load more through it");

    /**
     * Every view, every REST controller, the export and the dashboard read records, never an entity. One exception:
     * an import's dry run answers with projects that were never stored (no ids), which no record of the read model
     * can hold; {@code DeclaredProjectJson} writes them from the unsaved entities.
     */
    @ArchTest
    static final ArchRule readers_see_no_entities_or_repositories = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..", "org.perfgoals.export..", "org.perfgoals.dashboard..")
            .and().doNotHaveFullyQualifiedName("org.perfgoals.importer.api.DeclaredProjectJson")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAnnotatedWith(Embeddable.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views, REST, the export and the dashboard read the records of a query service; entities "
                    + "stay inside the feature that writes them (docs/decisions/0004-monitoring-read-model.md)");

    @ArchTest
    static final ArchRule monitoring_entities_stay_inside_monitoring = classes()
            .that().resideInAPackage("org.perfgoals.monitoring..").and().areAnnotatedWith(Entity.class)
            .should().onlyBeAccessed().byClassesThat().resideInAPackage("org.perfgoals.monitoring..")
            .andShould().onlyBeAccessed().byClassesThat(DescribedPredicate.describe(
                    "outside monitoring's ui and api", (JavaClass c) -> !c.getPackageName().contains(".ui")
                            && !c.getPackageName().contains(".api")));

    @ArchTest
    static final ArchRule the_read_model_is_made_of_records = classes()
            .that().resideInAPackage("org.perfgoals.monitoring.read..").and().doNotHaveSimpleName("package-info")
            .should().beRecords().orShould().beEnums()
            .because("what leaves the monitoring feature cannot change, nor lazily load, what is stored");
}
