package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The stylesheet and the script the pages load, read from the classpath as a host serves them. */
class StaticAssetsTest {

    private static String asset(String name) throws IOException {
        try (InputStream in = Pages.class.getResourceAsStream("/io/backcast/web/static/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theStylesheetPrintsTheTimelineAndStatesButNotTheForms() throws IOException {
        String css = asset("backcast.css");
        int print = css.indexOf("@media print");
        assertThat(print).isPositive();
        String printRules = css.substring(print);
        assertThat(printRules).contains("form", "button", "dialog", ".bc-edit", "display: none")
                .contains("print-color-adjust: exact").contains(".bc-chart");
        assertThat(css).contains(":focus-visible", "prefers-reduced-motion");
    }

    @Test
    void theStylesheetLoadsNothingFromElsewhere() throws IOException {
        String css = asset("backcast.css");
        assertThat(css).doesNotContain("@import", "url(", "@font-face", "http:", "https:");
    }

    @Test
    void theScriptSendsTheCsrfHeaderWithSameOriginCredentialsAndBuildsNoMarkup() throws IOException {
        String js = asset("backcast.js");
        assertThat(js).contains("credentials: 'same-origin'", "h[CSRF_HEADER] = CSRF_TOKEN", "'Content-Type'",
                "'application/json'", "aria-invalid", "aria-live", "data-field", "window.location.reload()");
        assertThat(js).doesNotContain("eval(", "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
                "new Function", "http:", "https:");
    }
}
