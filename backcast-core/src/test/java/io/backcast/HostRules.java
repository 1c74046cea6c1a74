package io.backcast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Arrays;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rule for a host module (design §4, "hosts only adapt"): its classes use the core only
 * through its entry points — the assembly ({@code app}), the ports, the model, the use cases
 * with their views and refusals ({@code service}), and the web layer the hosts mount — never
 * the repositories, entities, roll-up or planner, whose rules belong to the use cases.
 */
public final class HostRules {

    /** The core's internals: what only the use cases combine. */
    private static final List<String> INTERNALS = List.of("io.backcast.store", "io.backcast.store.entity",
            "io.backcast.rollup..", "io.backcast.schedule..", "io.backcast.forecast..");

    private HostRules() {
    }

    /**
     * The host's production classes (those in {@code hostPackage}, from the module's own
     * {@code target/classes}) use none of the core's internals.
     *
     * @param exempt packages of the host that may all the same (each with its reason in the caller)
     */
    public static void check(String hostPackage, String... exempt) {
        JavaClasses host = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.isJar() && !isCore(location))
                .importPackages(hostPackage);
        ArchRule rule = noClasses().that().resideInAPackage(hostPackage + "..")
                .and().resideOutsideOfPackages(Arrays.stream(exempt).map(p -> p + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(INTERNALS.toArray(String[]::new))
                .because("a host supplies ports and mounts what io.backcast.app.Backcast assembles; it holds no rule");
        rule.check(host);
    }

    private static boolean isCore(Location location) {
        return location.contains("/backcast-core/");
    }
}
