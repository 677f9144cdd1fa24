package dev.helpdesk.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.helpdesk.core.archfixture.JdkOnlyFixture;
import dev.helpdesk.core.archfixture.UsesALibraryFixture;
import dev.helpdesk.core.domain.archfixture.DomainUsingInMemoryFixture;
import dev.helpdesk.core.inmemory.archfixture.InMemoryUsingDomainFixture;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of core (STYLE.md, "Dependency rule" and "Modules and packages").
 *
 * <p>The {@link ArchTest} rules check core's main classes. The {@link Test} methods run the same rules against
 * deliberately broken classes from the test sources ({@code ..archfixture..}), to prove the rules can fail.
 */
@AnalyzeClasses(packages = "dev.helpdesk.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdkSlf4jAndJakartaInject = classes()
            .that().resideInAPackage("dev.helpdesk.core..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.slf4j..", "jakarta.inject..", "dev.helpdesk.core..")
            .because("core is the pure domain: frameworks, drivers and protocols belong in the adapters");

    @ArchTest
    static final ArchRule domainUsesOnlyDomainErrorAndJdk = classes()
            .that().resideInAPackage("dev.helpdesk.core.domain..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.helpdesk.core.domain..", "dev.helpdesk.core.error..", "java..")
            .because("the domain knows nothing about ports, services or adapters");

    @ArchTest
    static final ArchRule errorUsesOnlyTheJdk = classes()
            .that().resideInAPackage("dev.helpdesk.core.error..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.helpdesk.core.error..", "java..")
            .because("every layer may throw the domain exceptions, so they depend on nothing");

    @ArchTest
    static final ArchRule portUsesOnlyDomainErrorAndJdk = classes()
            .that().resideInAPackage("dev.helpdesk.core.port..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("dev.helpdesk.core.port..", "dev.helpdesk.core.domain..", "dev.helpdesk.core.error..",
                    "java..")
            .because("ports speak the domain's language and are implemented by adapters");

    @ArchTest
    static final ArchRule servicesDoNotUseTheInMemoryAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.core.service..")
            .should().dependOnClassesThat().resideInAPackage("..inmemory..")
            .because("services work through ports, whatever adapter implements them");

    @ArchTest
    static final ArchRule onlyTheInMemoryAdapterUsesItself = noClasses()
            .that().resideOutsideOfPackage("dev.helpdesk.core.inmemory..")
            .should().dependOnClassesThat().resideInAPackage("..inmemory..")
            .because("the in-memory adapter is one adapter among others, not part of the domain");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices()
            .matching("dev.helpdesk.core.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainFeaturesAreFreeOfCycles = slices()
            .matching("dev.helpdesk.core.domain.(*)..")
            .should().beFreeOfCycles();

    @Test
    void allowListRejectsALibraryDependency() {
        EvaluationResult result = coreUsesOnlyTheJdkSlf4jAndJakartaInject.evaluate(planted(UsesALibraryFixture.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains("org.assertj.core.api.Assertions"));
    }

    @Test
    void allowListAcceptsRecordsEnumsLambdasArraysAndPrimitives() {
        EvaluationResult result = coreUsesOnlyTheJdkSlf4jAndJakartaInject.evaluate(
                planted(JdkOnlyFixture.class, JdkOnlyFixture.Kind.class, JdkOnlyFixture.Event.class));

        assertThat(result.getFailureReport().getDetails()).isEmpty();
    }

    @Test
    void layeringRulesRejectADomainClassUsingTheInMemoryAdapter() {
        JavaClasses planted = planted(DomainUsingInMemoryFixture.class, InMemoryUsingDomainFixture.class);

        assertThat(domainUsesOnlyDomainErrorAndJdk.evaluate(planted).hasViolation()).isTrue();
        assertThat(onlyTheInMemoryAdapterUsesItself.evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void cycleRuleRejectsTwoPackagesUsingEachOther() {
        JavaClasses planted = planted(DomainUsingInMemoryFixture.class, InMemoryUsingDomainFixture.class);

        EvaluationResult result = corePackagesAreFreeOfCycles.evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains("domain", "inmemory");
    }

    private static JavaClasses planted(Class<?>... fixtures) {
        return new ClassFileImporter().importClasses(fixtures);
    }
}
