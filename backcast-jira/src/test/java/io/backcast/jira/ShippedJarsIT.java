package io.backcast.jira;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.backcast.store.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the jars this build ships (the plugin jar and the core jar it embeds): no Atlassian
 * API stand-in, server-only class or test double is inside them, and the plugin jar is a
 * complete, filtered Jira plugin. Runs
 * after {@code package} (failsafe), on the real jars.
 */
class ShippedJarsIT {

    private static final Path BUILD_DIRECTORY = Path.of(System.getProperty("backcast.build.directory", "target"));
    private static final String STUB_PROBE = resourceName(ActiveObjects.class);
    private static final String CORE_PROBE = resourceName(Schema.class);
    private static final Set<String> SERVER_ONLY_OR_TEST_DOUBLES = Set.of("EntityManagerStore", "SchemaMigrator", "Database",
            "JdbcDataSource", "AtlassianNaming", "SchemaVersionEntity", "DemoData", "DemoPlan", "DemoWorkSource",
            "InMemoryWorkSource", "TestClock", "TestAccess");

    /** The plugin jars (main jar and any classified variant), not sources, tests or javadoc. */
    static List<Path> pluginJars() {
        try (Stream<Path> files = Files.list(BUILD_DIRECTORY)) {
            List<Path> jars = files
                    .filter(file -> file.getFileName().toString().matches("backcast-jira-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().matches(".*-(sources|test-sources|tests|javadoc)\\.jar"))
                    .sorted()
                    .toList();
            assertThat(jars).as("plugin jars in %s", BUILD_DIRECTORY).isNotEmpty();
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The core jar the plugin embeds: where the classpath has the core's classes, other than the plugin jar. */
    static Path coreJar() {
        List<Path> elsewhere = locationsOf(CORE_PROBE, pluginJars());
        assertThat(elsewhere).as("classpath locations of %s outside the plugin jars", CORE_PROBE).hasSize(1);
        return elsewhere.get(0);
    }

    static List<Path> shippedJars() {
        List<Path> shipped = new ArrayList<>(pluginJars());
        shipped.add(coreJar());
        return shipped;
    }

    /** Every class of the Atlassian API jar(s) we compile against: the stubs, or the real artifacts. */
    private static Set<String> atlassianApiClasses() {
        List<Path> apiJars = locationsOf(STUB_PROBE, shippedJars());
        assertThat(apiJars).as("classpath locations of %s outside the shipped jars", STUB_PROBE).isNotEmpty();
        Set<String> classes = new TreeSet<>();
        apiJars.forEach(jar -> classes.addAll(classEntries(jar)));
        assertThat(classes).as("classes of %s", apiJars).contains(STUB_PROBE);
        return classes;
    }

    @ParameterizedTest
    @MethodSource("shippedJars")
    void containsNoAtlassianApiClass(Path jar) {
        Set<String> apiClassesInside = classEntries(jar);
        apiClassesInside.retainAll(atlassianApiClasses());

        assertThat(apiClassesInside).as("Atlassian API classes inside %s", jar.getFileName()).isEmpty();
    }

    /**
     * What only the standalone server runs (backcast-storage, backcast-server: the EntityStore over
     * AO's EntityManager, the schema migrator, the demo) and the core's test doubles stay out of
     * the bundle: in Jira, Jira's Active Objects stores and migrates.
     */
    @ParameterizedTest
    @MethodSource("shippedJars")
    void containsNoServerOnlyClassAndNoTestDouble(Path jar) {
        Set<String> serverOnly = new TreeSet<>();
        for (String name : classEntries(jar)) {
            String simpleName = name.substring(name.lastIndexOf('/') + 1).replaceFirst("[$.].*", "");
            if (name.startsWith("io/backcast/storage/") || name.startsWith("io/backcast/server/")
                    || name.startsWith("io/backcast/demo/") || SERVER_ONLY_OR_TEST_DOUBLES.contains(simpleName)) {
                serverOnly.add(name);
            }
        }

        assertThat(serverOnly).as("server-only classes and test doubles inside %s", jar.getFileName()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("pluginJars")
    void pluginJarCarriesTheFilteredDescriptorTheSpringContextAndTheCore(Path jar) throws IOException {
        try (JarFile plugin = new JarFile(jar.toFile())) {
            assertThat(plugin.getEntry("atlassian-plugin.xml")).as("atlassian-plugin.xml").isNotNull();
            String descriptor = new String(plugin.getInputStream(plugin.getEntry("atlassian-plugin.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(descriptor).contains("key=\"io.backcast.jira\"").doesNotContain("${");

            assertThat(plugin.getEntry("META-INF/spring/plugin-context.xml")).as("Spring context").isNotNull();
            assertThat(plugin.getEntry(CORE_PROBE)).as("embedded core").isNotNull();
            assertThat(plugin.getEntry("io/backcast/jira/store/ActiveObjectsEntityStore.class")).as("plugin classes").isNotNull();
        }
    }

    @ParameterizedTest
    @MethodSource("pluginJars")
    void pluginJarManifestMakesATransformerlessPluginImportingActiveObjects(Path jar) throws IOException {
        try (JarFile plugin = new JarFile(jar.toFile())) {
            Attributes manifest = plugin.getManifest().getMainAttributes();

            assertThat(manifest.getValue("Atlassian-Plugin-Key")).isEqualTo("io.backcast.jira");
            assertThat(manifest.getValue("Bundle-SymbolicName")).isEqualTo("io.backcast.jira");
            assertThat(manifest.getValue("Spring-Context")).isEqualTo("*");
            assertThat(importedPackages(manifest.getValue("Import-Package")))
                    .contains("com.atlassian.activeobjects.external", "net.java.ao",
                            "com.atlassian.jira.permission", "com.atlassian.jira.project", "com.atlassian.jira.security",
                            "com.atlassian.jira.security.plugin", "com.atlassian.jira.user", "com.atlassian.jira.user.util",
                            "com.atlassian.jira.issue", "com.atlassian.jira.bc.issue.search", "com.atlassian.jira.web.bean",
                            "com.atlassian.query", "org.slf4j");
            assertThat(manifest.getValue("Export-Package")).as("Export-Package").isNull();
        }
    }

    @ParameterizedTest
    @MethodSource("pluginJars")
    void pluginJarCarriesItsTemplateEngineAndJsonAndNeedsJirasApisForReal(Path jar) throws IOException {
        try (JarFile plugin = new JarFile(jar.toFile())) {
            Attributes manifest = plugin.getManifest().getMainAttributes();
            String imports = manifest.getValue("Import-Package");

            assertThat(manifest.getValue("Bundle-ClassPath")).startsWith(".,").contains("velocity-engine-core-",
                    "commons-lang3-", "jackson-core-", "jackson-databind-", "jackson-annotations-", "jackson-datatype-jsr310-");
            assertThat(importedPackages(imports)).noneMatch(name -> name.startsWith("org.apache.velocity")
                    || name.startsWith("com.fasterxml.jackson") || name.startsWith("org.apache.commons.lang3"));
            String ee = namespaceOf(jar);
            for (String required : List.of("com.atlassian.jira.security", "com.atlassian.jira.bc.issue.search",
                    "com.atlassian.annotations.security", ee + ".servlet.http", ee + ".ws.rs")) {
                assertThat(clause(imports, required)).as("import of %s", required).doesNotContain("optional");
            }
        }
    }

    @Test
    void theBuildShipsAJarForJiraElevenOnJakartaAndOneForJiraTenOnJavax() {
        assertThat(pluginJars()).extracting(ShippedJarsIT::namespaceOf).containsExactlyInAnyOrder("jakarta", "javax");
    }

    @ParameterizedTest
    @MethodSource("pluginJars")
    void eachPluginJarImportsAndNamesOnlyItsOwnServletAndRestNamespace(Path jar) throws IOException {
        String own = namespaceOf(jar);
        String other = own.equals("jakarta") ? "javax" : "jakarta";
        try (JarFile plugin = new JarFile(jar.toFile())) {
            Set<String> imports = importedPackages(plugin.getManifest().getMainAttributes().getValue("Import-Package"));

            assertThat(imports).contains(own + ".servlet", own + ".servlet.http", own + ".ws.rs", own + ".ws.rs.core")
                    .noneMatch(name -> name.startsWith(other + ".servlet") || name.startsWith(other + ".ws.rs"));
            List<String> naming = new ArrayList<>();
            for (java.util.jar.JarEntry entry : java.util.Collections.list(plugin.entries())) {
                if (entry.getName().startsWith("io/backcast/") && entry.getName().endsWith(".class")) {
                    String bytes = new String(plugin.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (bytes.contains(other + "/servlet/") || bytes.contains(other + "/ws/rs/")) {
                        naming.add(entry.getName());
                    }
                }
            }
            assertThat(naming).as("classes naming %s servlet or JAX-RS types", other).isEmpty();
        }
    }

    /** The Jira 10 jar (classifier jira10) is on javax, the main one on jakarta. */
    private static String namespaceOf(Path jar) {
        return jar.getFileName().toString().endsWith("-jira10.jar") ? "javax" : "jakarta";
    }

    @Test
    void theBuildShipsExactlyOneCoreJarBesideThePlugin() {
        assertThat(coreJar().getFileName().toString()).startsWith("backcast-core-").endsWith(".jar");
    }

    private static String resourceName(Class<?> type) {
        return type.getName().replace('.', '/') + ".class";
    }

    /** The jars or directories on the test classpath holding this resource, except the given ones. */
    private static List<Path> locationsOf(String resource, List<Path> except) {
        try {
            List<Path> locations = new ArrayList<>();
            for (URL url : Collections.list(ShippedJarsIT.class.getClassLoader().getResources(resource))) {
                Path location = locationOf(url, resource);
                if (except.stream().noneMatch(other -> sameFile(other, location))) {
                    locations.add(location);
                }
            }
            return locations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(URL url, String resource) {
        try {
            String text = url.toString();
            if (text.startsWith("jar:")) {
                return Path.of(new URL(text.substring("jar:".length(), text.indexOf("!/"))).toURI());
            }
            Path file = Path.of(url.toURI());
            return file.getRoot().resolve(file.subpath(0, file.getNameCount() - Path.of(resource).getNameCount()));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot locate " + url, e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class entries of a jar or a classes directory, as jar entry names. */
    private static Set<String> classEntries(Path location) {
        Set<String> classes = new TreeSet<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    files.map(file -> location.relativize(file).toString().replace(location.getFileSystem().getSeparator(), "/"))
                            .filter(name -> name.endsWith(".class"))
                            .forEach(classes::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class")).forEach(classes::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }

    /** The clause of an Import-Package header that imports {@code name}. */
    private static String clause(String header, String name) {
        return java.util.Arrays.stream(header.split(",(?=[a-z])")).filter(c -> c.split(";", 2)[0].strip().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not imported"));
    }

    /** The package names of an OSGi Import-Package header (clauses split at commas outside quotes). */
    private static Set<String> importedPackages(String header) {
        assertThat(header).as("Import-Package").isNotNull();
        Set<String> packages = new TreeSet<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i <= header.length(); i++) {
            char c = i < header.length() ? header.charAt(i) : ',';
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                String clause = header.substring(start, i);
                packages.add(clause.split(";", 2)[0].strip());
                start = i + 1;
            }
        }
        return packages;
    }
}
