package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Reads every template as text and holds them to the house rules: every reference a template
 * prints goes through {@code $h.html/attr/js/url(…)}; references elsewhere appear only inside
 * directives and macro calls; only the Velocity subset every engine runs is used; and every
 * message key exists.
 */
class TemplateScanTest {

    private static final Path TEMPLATES = Paths.get("src", "main", "resources", "io", "backcast", "web", "templates");
    private static final Set<String> DIRECTIVES = Set.of("set", "if", "elseif", "else", "end", "foreach", "macro", "parse");
    private static final Set<String> ESCAPES = Set.of("html", "attr", "js", "url");
    private static final Pattern DIRECTIVE = Pattern.compile("#\\{?([a-zA-Z][a-zA-Z0-9_]*)\\}?");
    private static final Pattern REFERENCE = Pattern.compile("\\$!?\\{?[a-zA-Z]");
    private static final Pattern HELPER = Pattern.compile("\\$!?\\{?h\\.([a-zA-Z]+)\\(");

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".vm")).sorted().toList();
        }
    }

    /** Where a template prints a reference other than through the escaping helper: "line: text". */
    static List<String> unescapedReferences(String template) {
        String text = stripComments(template);
        StringBuilder kept = new StringBuilder(text);
        // 1. blank out everything inside directive and macro-call parentheses: control, not output
        Matcher directive = DIRECTIVE.matcher(text);
        while (directive.find()) {
            int open = directive.end();
            if (open < text.length() && text.charAt(open) == '(') {
                blank(kept, open, matchingParen(text, open));
            }
        }
        // 2. blank out the escaping helper's calls (the only way to print)
        String pass = kept.toString();
        Matcher helper = HELPER.matcher(pass);
        while (helper.find()) {
            int open = helper.end() - 1;
            blank(kept, helper.start(), matchingParen(pass, open));
        }
        // 3. anything left that looks like a reference is printed raw
        List<String> found = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(kept);
        while (reference.find()) {
            int line = (int) text.substring(0, reference.start()).chars().filter(c -> c == '\n').count() + 1;
            int end = Math.min(text.length(), reference.start() + 40);
            found.add(line + ": " + text.substring(reference.start(), end).split("\n")[0]);
        }
        return found;
    }

    private static String stripComments(String template) {
        String noBlocks = Pattern.compile("#\\*.*?\\*#", Pattern.DOTALL).matcher(template)
                .replaceAll(m -> m.group().replaceAll("[^\n]", " "));
        return Pattern.compile("##[^\n]*").matcher(noBlocks).replaceAll(m -> " ".repeat(m.group().length()));
    }

    private static int matchingParen(String text, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced parenthesis at offset " + open);
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    @Test
    void theScannerFlagsRawReferencesAndAllowsHelperAndControlUses() {
        assertThat(unescapedReferences("<p>$name</p>")).hasSize(1);
        assertThat(unescapedReferences("<p>$!name ${name} $!{name} $o.name()</p>")).hasSize(4);
        assertThat(unescapedReferences("<p title=\"$h.attr($o.title())\">$h.html($o.name())</p>")).isEmpty();
        assertThat(unescapedReferences("#if($a && $b.c())x#elseif($d)y#end #foreach($i in $list)$h.html($i)#end")).isEmpty();
        assertThat(unescapedReferences("#set($x = \"a-$o.id()\") #myMacro($x 'y') ## $comment\n#* $block *#")).isEmpty();
        assertThat(unescapedReferences("$h.html($a) $b")).containsExactly("1: $b");
        assertThat(unescapedReferences("<a href=\"$h.attr($base)/x/$id\">")).hasSize(1);
    }

    @Test
    void everyTemplatePrintsValuesOnlyThroughTheEscapingHelper() throws IOException {
        List<Path> files = templates();
        assertThat(files).extracting(p -> p.getFileName().toString())
                .contains("plan.vm", "plans.vm", "login.vm", "error.vm", "header.vm", "footer.vm", "macros.vm");
        for (Path file : files) {
            assertThat(unescapedReferences(Files.readString(file, StandardCharsets.UTF_8)))
                    .as("references printed without $h in %s", file.getFileName()).isEmpty();
        }
    }

    @Test
    void templatesCallOnlyTheFourEscapingMethodsOfTheHelper() throws IOException {
        for (Path file : templates()) {
            Matcher helper = HELPER.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (helper.find()) {
                assertThat(ESCAPES).as("$h.%s in %s", helper.group(1), file.getFileName()).contains(helper.group(1));
            }
        }
    }

    @Test
    void templatesUseOnlyTheVelocitySubsetEveryEngineRuns() throws IOException {
        Set<String> macros = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (Path file : templates()) {
            String text = stripComments(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(text).as(file.getFileName().toString()).doesNotContain("$foreach", "$velocityCount", "$velocityHasNext");
            Matcher define = Pattern.compile("#macro\\(\\s*([a-zA-Z][a-zA-Z0-9_]*)").matcher(text);
            while (define.find()) {
                macros.add(define.group(1));
            }
            all.add(text);
        }
        for (String text : all) {
            assertThat(text).doesNotContain("#break", "#stop");
            Matcher directive = DIRECTIVE.matcher(text);
            while (directive.find()) {
                String name = directive.group(1);
                boolean call = directive.end() < text.length() && text.charAt(directive.end()) == '(';
                if (!call && !name.startsWith("else") && !name.startsWith("end")) {
                    continue; // text such as href="#bc-main": Velocity prints it as it is
                }
                assertThat(DIRECTIVES.contains(name) || macros.contains(name))
                        .as("#%s is neither in the Velocity subset nor one of our macros", name).isTrue();
            }
        }
    }

    /** The templates' half of {@code io.backcast.i18n.MessageKeysTest}: keys are literals, so they can be found. */
    @Test
    void everyMessageKeyTheTemplatesUseIsALiteralInTheBundle() throws IOException {
        PageText text = new PageText(Locale.ENGLISH);
        Pattern key = Pattern.compile("\\$t\\.get\\('([^']+)'\\)");
        int keys = 0;
        for (Path file : templates()) {
            String template = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(template.split("\\$t\\.", -1).length - 1).as("uses of $t in %s, each $t.get('literal')", file.getFileName())
                    .isEqualTo((int) key.matcher(template).results().count());
            Matcher m = key.matcher(template);
            while (m.find()) {
                keys++;
                assertThat(text.has(m.group(1))).as("%s uses %s", file.getFileName(), m.group(1)).isTrue();
            }
        }
        assertThat(keys).isGreaterThan(100);
    }
}
