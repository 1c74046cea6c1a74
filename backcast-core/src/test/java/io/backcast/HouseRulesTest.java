package io.backcast;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The house rules of design §4, read from the core's compiled classes (tests excluded): each
 * rule has a test, so a change that breaks one fails the build with the offending dependency
 * named.
 */
class HouseRulesTest {

    /** The core's production classes. */
    static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.backcast");

    /** The pure logic: computations over values, fastest and best tested. */
    static final String[] PURE = {"io.backcast.model..", "io.backcast.rollup..", "io.backcast.schedule..", "io.backcast.forecast.."};

    /**
     * What pure logic may use besides itself: the language, collections, time values (not the
     * clock), number and text formatting, hashing (a share token's digest), charsets, and
     * Backcast's words ({@code i18n}, which depends on nothing of Backcast's).
     */
    static final String[] PURE_MAY_USE = {"java.lang..", "java.util..", "java.time..", "java.math..", "java.text..",
            "java.security..", "java.nio.charset..", "io.backcast.i18n.."};

    @Test
    void pureLogicDependsOnNoIoFrameworkOrOtherLayer() {
        check(classes().that().resideInAnyPackage(PURE).should().onlyDependOnClassesThat(
                resideInAnyPackage(PURE).or(resideInAnyPackage(PURE_MAY_USE)))
                .because("model, rollup, schedule and forecast are pure Java: no I/O, no framework (design §4)"));
    }

    @Test
    void pureLogicNeverReadsTheClockTodayIsAParameter() {
        check(noClasses().that().resideInAnyPackage(PURE).should().dependOnClassesThat(assignableTo(Clock.class))
                .because("today and now are parameters of the pure logic (design §4)"));
    }

    @Test
    void theCoreNeverImportsAtlassian() {
        check(noClasses().should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .because("the core runs in both hosts; only backcast-jira adapts Atlassian's APIs"));
    }

    @Test
    void theWebLayerDoesNotReachIntoStorage() {
        check(noClasses().that().resideInAPackage("io.backcast.web..").should().dependOnClassesThat()
                .resideInAPackage("io.backcast.store..")
                .because("pages and resources go through the use cases in io.backcast.service"));
    }

    @Test
    void onlyTheUseCasesCombineStorageWithTheLogic() {
        check(noClasses().that().resideInAPackage("io.backcast.store..").should().dependOnClassesThat()
                .resideInAnyPackage("io.backcast.service..", "io.backcast.web..", "io.backcast.app..",
                        "io.backcast.rollup..", "io.backcast.schedule..")
                .because("a repository maps entities to the model and stores; decisions live in the logic"));
    }

    @Test
    void nothingButTheHostsDependsOnTheAssembly() {
        check(noClasses().that(not(resideInAnyPackage("io.backcast.app.."))).should().dependOnClassesThat()
                .resideInAPackage("io.backcast.app..")
                .because("io.backcast.app.Backcast assembles the core for the hosts; the core itself never asks for it"));
    }

    @Test
    void theWordsDependOnNothingOfBackcasts() {
        check(classes().that().resideInAPackage("io.backcast.i18n..").should().onlyDependOnClassesThat()
                .resideInAnyPackage("io.backcast.i18n..", "java..")
                .because("every layer words its sentences through io.backcast.i18n"));
    }

    @Test
    void packagesHaveNoCycles() {
        check(slices().matching("io.backcast.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(CORE);
    }
}
