package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HtmlTest {

    private final Html h = new Html();

    @Test
    void escapesTheCharactersThatEndTextOrAnAttribute() {
        assertThat(h.html("<b class=\"x\">Tom & Jerry's</b>"))
                .isEqualTo("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
        assertThat(h.attr("\" onmouseover='x'")).isEqualTo("&quot; onmouseover=&#39;x&#39;");
        assertThat(h.html("plain — text")).isEqualTo("plain — text");
    }

    @Test
    void printsNullAsNothingInEveryContext() {
        assertThat(h.html(null)).isEmpty();
        assertThat(h.attr(null)).isEmpty();
        assertThat(h.js(null)).isEmpty();
        assertThat(h.url(null)).isEmpty();
    }

    @Test
    void printsNumbersAndOtherObjectsByTheirText() {
        assertThat(h.html(42)).isEqualTo("42");
        assertThat(h.attr(java.time.LocalDate.of(2025, 3, 12))).isEqualTo("2025-03-12");
    }

    @Test
    void passesMarkupThisPackageBuiltAsItIsInTextButNeverInAnAttribute() {
        Markup svg = new Markup("<svg><title>a &amp; b</title></svg>");
        assertThat(h.html(svg)).isEqualTo("<svg><title>a &amp; b</title></svg>");
        assertThat(h.attr(svg)).isEqualTo("&lt;svg&gt;&lt;title&gt;a &amp;amp; b&lt;/title&gt;&lt;/svg&gt;");
    }

    @Test
    void writesJsonThatAnHtmlParserCannotBreakOutOf() throws Exception {
        Map<String, Object> value = Map.of("name", "</script><script>alert('x')</script> & \"q\"", "list", List.of(1, 2),
                "sep", "a\u2028b");
        String json = h.js(value);
        assertThat(json).doesNotContain("<", ">", "&", "'", "\\\"", "\u2028").contains("\\u003C", "\\u0022");
        assertThat(new ObjectMapper().readValue(json, Map.class)).isEqualTo(value);
        assertThat(h.js("text")).isEqualTo("\"text\"");
        assertThat(h.attr(h.js("a\"b"))).isEqualTo("&quot;a\\u0022b&quot;");
    }

    @Test
    void encodesOneUrlSegmentOrQueryValue() {
        assertThat(h.url("a b/c?d=e&f")).isEqualTo("a%20b%2Fc%3Fd%3De%26f");
        assertThat(h.url(17)).isEqualTo("17");
        assertThat(h.url("javascript:alert(1)")).isEqualTo("javascript%3Aalert%281%29");
    }
}
