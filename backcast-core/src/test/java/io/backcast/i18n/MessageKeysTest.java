package io.backcast.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.backcast.model.DependencyType;
import io.backcast.model.DoneRule;
import io.backcast.model.OutcomeState;
import io.backcast.model.StatusCategory;
import io.backcast.model.SubjectKind;
import io.backcast.model.WeightMethod;
import io.backcast.model.WorkLinkKind;
import io.backcast.rollup.ExclusionReason;
import io.backcast.rollup.ReasonKind;
import io.backcast.schedule.Progress;

/**
 * Every key the code and the templates use is in the message bundle, in every language it has.
 * The convention that makes keys findable ({@link Texts}):
 * <ul>
 * <li>templates use {@code $t.get('key')} with the key as a literal, and nothing else of
 *     {@code $t} ({@code io.backcast.web.page.TemplateScanTest} checks them);</li>
 * <li>Java (main sources of every module) writes a key as a string literal that starts with one of
 *     the bundle's top-level names ({@code page.}, {@code error.}, {@code state.} …); a literal that
 *     ends with a dot is the prefix of a key family ({@code "state." + state}), and every such
 *     family is declared in {@link #FAMILIES} with the values it is completed by (an enum's names).</li>
 * </ul>
 * A template's name ({@code "status.vm"}) is not a key.
 */
class MessageKeysTest {

    private static final Path BUNDLE_DIR = Path.of("src/main/resources/io/backcast/i18n");
    private static final Pattern KEY_SEGMENTS = Pattern.compile("(?:\\.[A-Za-z0-9_]+)+\\.?");

    /** A key family: a literal prefix completed by values the code reads from an enum or a list. */
    private record Family(List<String> required) {

        /** Every value must have its key. */
        static Family of(List<String> values) {
            return new Family(values);
        }

        static Family of(Class<? extends Enum<?>> type) {
            return of(Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        }

        /** The code asks {@code has(key)} first and falls back to another key: none is required. */
        static Family optional() {
            return new Family(List.of());
        }
    }

    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("phrase.", Family.of(OutcomeState.class));
        FAMILIES.put("phrase.override.", Family.optional());
        FAMILIES.put("state.", Family.of(OutcomeState.class));
        FAMILIES.put("reason.", Family.of(ReasonKind.class));
        FAMILIES.put("rule.done.", Family.of(DoneRule.class));
        FAMILIES.put("rule.weight.", Family.of(WeightMethod.class));
        FAMILIES.put("language.", Family.of(Languages.tags()));
        FAMILIES.put("error.http.", Family.optional());
        FAMILIES.put("error.forbidden.checkIn.", Family.of(SubjectKind.class));
        FAMILIES.put("page.error.title.", Family.optional());
        FAMILIES.put("page.stateName.", Family.of(OutcomeState.class));
        FAMILIES.put("page.progress.", Family.of(Progress.class));
        FAMILIES.put("page.status.", Family.of(StatusCategory.class));
        FAMILIES.put("page.exclusion.", Family.of(ExclusionReason.class));
        FAMILIES.put("page.link.", Family.of(WorkLinkKind.class));
        FAMILIES.put("page.dependency.", Family.of(DependencyType.class));
        FAMILIES.put("status.neutral.", Family.of(Stream.of("notFound", "tooMany", "unavailable", "failed")
                .flatMap(kind -> Stream.of(kind + ".title", kind + ".message")).toList()));
    }

    @Test
    void everyKeyTheJavaSourcesOfEveryModuleUseIsInTheBundleAndEveryFamilyIsDeclared() throws IOException {
        Properties bundle = bundle(Languages.DEFAULT);
        Set<String> prefixes = topLevelNames(bundle);
        List<Path> sourceRoots = sourceRoots();
        assertThat(sourceRoots).as("main sources of every module").extracting(root -> root.getName(root.getNameCount() - 4).toString())
                .contains("backcast-core", "backcast-server", "backcast-jira");
        Set<String> missing = new TreeSet<>();
        Set<String> undeclaredFamilies = new TreeSet<>();
        int found = 0;
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    for (String literal : JavaLiterals.of(Files.readString(file))) {
                        if (!isKey(literal, prefixes)) {
                            continue;
                        }
                        found++;
                        String where = literal + " (" + root.relativize(file) + ")";
                        if (literal.endsWith(".")) {
                            if (!FAMILIES.containsKey(literal)) {
                                undeclaredFamilies.add(where);
                            }
                        } else if (!bundle.containsKey(literal)) {
                            missing.add(where);
                        }
                    }
                }
            }
        }
        assertThat(found).as("keys found in the Java sources").isGreaterThan(100);
        assertThat(missing).as("keys the Java sources use that the bundle lacks").isEmpty();
        assertThat(undeclaredFamilies).as("key prefixes the code completes at run time: declare each in FAMILIES").isEmpty();
    }

    @Test
    void everyKeyFamilyIsCompleteForEveryValueItIsCompletedBy() {
        Properties bundle = bundle(Languages.DEFAULT);
        List<String> missing = new ArrayList<>();
        FAMILIES.forEach((prefix, family) -> family.required().stream().map(value -> prefix + value)
                .filter(key -> !bundle.containsKey(key)).forEach(missing::add));
        assertThat(missing).as("keys of enum-derived families that the bundle lacks").isEmpty();
        assertThat(bundle.stringPropertyNames()).as("an optional family still has keys").anyMatch(k -> k.startsWith("error.http."))
                .anyMatch(k -> k.startsWith("page.error.title.")).anyMatch(k -> k.startsWith("phrase.override."));
    }

    @Test
    void everyLanguageHasItsBundleWithEveryKeyAndEveryBundleIsALanguage() throws IOException {
        Set<String> base = bundle(Languages.DEFAULT).stringPropertyNames();
        for (Locale language : Languages.all()) {
            assertThat(bundle(language).stringPropertyNames()).as("keys of %s", language).isEqualTo(base);
        }
        List<String> files;
        try (Stream<Path> bundles = Files.list(BUNDLE_DIR)) {
            files = bundles.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("messages")).sorted().toList();
        }
        List<String> expected = Languages.all().stream()
                .map(l -> l.equals(Languages.DEFAULT) ? "messages.properties" : "messages_" + l.toLanguageTag().replace('-', '_') + ".properties")
                .sorted().toList();
        assertThat(files).isEqualTo(expected);
    }

    @Test
    void aKeyIsALiteralWithTheBundlesTopLevelNameButATemplatesNameIsNot() {
        Set<String> prefixes = Set.of("page", "status");
        assertThat(isKey("page.plans.title", prefixes)).isTrue();
        assertThat(isKey("page.stateName.", prefixes)).isTrue();
        assertThat(isKey("status.vm", prefixes)).isFalse();
        assertThat(isKey("outcome.phrase", prefixes)).isFalse();
        assertThat(isKey("page", prefixes)).isFalse();
        assertThat(isKey("Page not found.", prefixes)).isFalse();
        assertThat(JavaLiterals.of("""
                // "page.comment" is a comment
                String a = "page.one"; /* "page.block" */ char q = '"'; String b = "say \\"page.two\\"";
                String html = \"""
                    <p>"page.textBlock"</p>
                    \""";
                """)).containsExactly("page.one", "say \"page.two\"");
    }

    private static boolean isKey(String literal, Set<String> prefixes) {
        int dot = literal.indexOf('.');
        return dot > 0 && prefixes.contains(literal.substring(0, dot)) && !literal.endsWith(".vm")
                && KEY_SEGMENTS.matcher(literal.substring(dot)).matches();
    }

    private static Set<String> topLevelNames(Properties bundle) {
        Set<String> names = new TreeSet<>();
        for (String key : bundle.stringPropertyNames()) {
            names.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
        }
        return names;
    }

    /** {@code <repository>/<module>/src/main/java} of every module beside this one. */
    private static List<Path> sourceRoots() throws IOException {
        Path repository = Path.of("").toAbsolutePath().getParent();
        try (Stream<Path> modules = Files.list(repository)) {
            return modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
        }
    }

    private static Properties bundle(Locale language) {
        String name = "/" + Texts.BUNDLE.replace('.', '/')
                + (language.equals(Languages.DEFAULT) ? "" : "_" + language.toLanguageTag().replace('-', '_')) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(name, e);
        }
        return properties;
    }

    /** The string literals of Java source, outside comments; text blocks are passed over (they hold markup, not keys). */
    static final class JavaLiterals {

        private JavaLiterals() {
        }

        static List<String> of(String source) {
            List<String> literals = new ArrayList<>();
            int i = 0;
            int n = source.length();
            while (i < n) {
                char c = source.charAt(i);
                if (source.startsWith("//", i)) {
                    i = lineEnd(source, i);
                } else if (source.startsWith("/*", i)) {
                    int end = source.indexOf("*/", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (source.startsWith("\"\"\"", i)) {
                    int end = source.indexOf("\"\"\"", i + 3);
                    while (end > 0 && source.charAt(end - 1) == '\\') {
                        end = source.indexOf("\"\"\"", end + 1);
                    }
                    i = end < 0 ? n : end + 3;
                } else if (c == '"' || c == '\'') {
                    StringBuilder literal = new StringBuilder();
                    int j = i + 1;
                    while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                        if (source.charAt(j) == '\\' && j + 1 < n) {
                            j++;
                        }
                        literal.append(source.charAt(j));
                        j++;
                    }
                    if (c == '"') {
                        literals.add(literal.toString());
                    }
                    i = j + 1;
                } else {
                    i++;
                }
            }
            return literals;
        }

        private static int lineEnd(String source, int from) {
            int end = source.indexOf('\n', from);
            return end < 0 ? source.length() : end;
        }
    }
}
