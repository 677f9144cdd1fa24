package dev.helpdesk.examples;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import dev.helpdesk.core.boundaryfixture.CoreUsingStorageFixture;
import dev.helpdesk.defaults.DefaultsModule;
import dev.helpdesk.examples.seedscenario.SeedScenario;
import dev.helpdesk.mail.MailConfig;
import dev.helpdesk.storage.jdbc.JdbcStorageConfig;
import dev.helpdesk.web.WebConfig;
import dev.helpdesk.web.WebCycleFixture;
import dev.helpdesk.web.boundaryfixture.WebUsingMailFixture;
import dev.helpdesk.web.cyclefixture.BackToWebFixture;
import dev.helpdesk.web.demo.fixture.DemoInWebFixture;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Adapters depend on core, never the reverse, and never on each other (DESIGN.md, STYLE.md "Dependency rule").
 *
 * <p>This module depends on every other one, so its class path holds the main classes of all modules: as jars
 * after {@code package}, as {@code target/classes} directories in a {@code mvn test} reactor build. Jars must
 * therefore be imported; test classes (this module's, and core's test-jar once examples uses it) must not.
 * {@link #importSeesTheMainClassesOfEveryModule()} checks that the rules really see every module.
 */
@AnalyzeClasses(packages = "dev.helpdesk",
        importOptions = {ImportOption.DoNotIncludeTests.class, ModuleBoundariesTest.DoNotIncludeTestJars.class})
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule coreDependsOnNoAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.helpdesk.storage..", "dev.helpdesk.mail..", "dev.helpdesk.web..", "dev.helpdesk.defaults..",
                    "dev.helpdesk.examples..")
            .because("adapters depend on core, never the reverse");

    @ArchTest
    static final ArchRule defaultsDependOnNoAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.defaults..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.helpdesk.storage..", "dev.helpdesk.mail..", "dev.helpdesk.web..", "dev.helpdesk.examples..")
            .because("the default port implementations are an adapter like the others");

    @ArchTest
    static final ArchRule storageDependsOnNoOtherAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.storage..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.helpdesk.mail..", "dev.helpdesk.web..", "dev.helpdesk.defaults..", "dev.helpdesk.examples..")
            .because("adapters never import each other");

    @ArchTest
    static final ArchRule mailDependsOnNoOtherAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.mail..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.helpdesk.storage..", "dev.helpdesk.web..", "dev.helpdesk.defaults..", "dev.helpdesk.examples..")
            .because("adapters never import each other");

    @ArchTest
    static final ArchRule webDependsOnNoOtherAdapter = noClasses()
            .that().resideInAPackage("dev.helpdesk.web..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.helpdesk.storage..", "dev.helpdesk.mail..", "dev.helpdesk.defaults..", "dev.helpdesk.examples..")
            .because("adapters never import each other");

    @ArchTest
    static final ArchRule librariesShipNoDemo = noClasses()
            .that().resideInAnyPackage("dev.helpdesk.core..", "dev.helpdesk.defaults..", "dev.helpdesk.storage..",
                    "dev.helpdesk.mail..", "dev.helpdesk.web..")
            .should().resideInAPackage("..demo..")
            .because("demo people, tickets and articles belong to the examples, not to a library's jar");

    /**
     * Every package of the web module is a slice of its own, the root {@code dev.helpdesk.web} (the plugins) too:
     * {@code matching("dev.helpdesk.web.(**)")} would leave the root out, so the slices are assigned here.
     */
    @ArchTest
    static final ArchRule webPackagesFreeOfCycles = slices().assignedFrom(new WebPackages()).should().beFreeOfCycles()
            .because("the plugin registers the pages and hands the plumbing its settings (STYLE.md, web module)");

    @Test
    void importSeesTheMainClassesOfEveryModule() {
        JavaClasses imported = new ClassFileImporter()
                .withImportOptions(List.of(new ImportOption.DoNotIncludeTests(), new DoNotIncludeTestJars()))
                .importPackages("dev.helpdesk");

        assertThat(imported.contain(JdbcStorageConfig.class)).as("helpdesk-storage-jdbc imported").isTrue();
        assertThat(imported.contain(MailConfig.class)).as("helpdesk-mail imported").isTrue();
        assertThat(imported.contain(DefaultsModule.class)).as("helpdesk-defaults imported").isTrue();
        assertThat(imported.contain(WebConfig.class)).as("helpdesk-web-javalin imported").isTrue();
        assertThat(imported.contain(SeedScenario.class)).as("examples imported").isTrue();
        assertThat(imported.that(resideInAPackage("dev.helpdesk.core..")))
                .as("helpdesk-core imported").isNotEmpty();
        assertThat(namesOf(imported)).as("no test classes imported")
                .noneMatch(name -> name.contains("fixture.") || name.equals(ModuleBoundariesTest.class.getName()));
    }

    @Test
    void coreRuleRejectsCoreUsingAnAdapter() {
        JavaClasses planted = new ClassFileImporter().importClasses(CoreUsingStorageFixture.class);

        assertThat(coreDependsOnNoAdapter.evaluate(planted).hasViolation()).isTrue();
    }

    @Test
    void adapterRuleRejectsOneAdapterUsingAnother() {
        JavaClasses planted = new ClassFileImporter().importClasses(WebUsingMailFixture.class);

        EvaluationResult result = webDependsOnNoOtherAdapter.evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains(MailConfig.class.getName()));
    }

    @Test
    void demoRuleRejectsADemoPackageInTheWebModule() {
        JavaClasses planted = new ClassFileImporter().importClasses(DemoInWebFixture.class, WebConfig.class);

        EvaluationResult result = librariesShipNoDemo.evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(1)
                .allMatch(detail -> detail.contains(DemoInWebFixture.class.getName()));
    }

    @Test
    void cycleRuleRejectsACycleThroughTheWebRootPackage() {
        JavaClasses planted = new ClassFileImporter().importClasses(WebCycleFixture.class, BackToWebFixture.class,
                WebConfig.class);

        EvaluationResult result = webPackagesFreeOfCycles.evaluate(planted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(detail -> detail.contains(WebCycleFixture.class.getName())
                        && detail.contains(BackToWebFixture.class.getName()));
    }

    private static List<String> namesOf(JavaClasses classes) {
        return classes.stream().map(JavaClass::getName).collect(Collectors.toList());
    }

    /** One slice per package of the web module, its root package included; classes elsewhere take no part. */
    static final class WebPackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            return name.equals("dev.helpdesk.web") || name.startsWith("dev.helpdesk.web.")
                    ? SliceIdentifier.of(name) : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of dev.helpdesk.web";
        }
    }

    /** Leaves out test-jars ({@code *-tests.jar}), e.g. core's storage contract suite. */
    public static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
