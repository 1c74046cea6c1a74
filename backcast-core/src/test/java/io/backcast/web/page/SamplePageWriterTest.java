package io.backcast.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;

/**
 * Writes rendered sample pages to {@code target/pages/} for people to review in a browser, with
 * the stylesheet and script beside them so the page looks as it does when served.
 */
class SamplePageWriterTest {

    private static final Path OUT = Paths.get("target", "pages");

    @Test
    void writesTheSamplePlanPageWithItsAssetsForReview() throws IOException {
        Files.createDirectories(OUT.resolve("static"));
        PageContext ctx = new PageContext(".", "ana", "X-Backcast-Token", "sample-token");
        Pages pages = new Pages();
        write("plan.html", pages.plan(SamplePlans.page(SamplePlans.fitOut(true)), ctx));
        write("plan-readonly.html", pages.plan(SamplePlans.page(SamplePlans.fitOut(false)), ctx));
        write("plan-empty.html", pages.plan(SamplePlans.page(SamplePlans.empty(true)), ctx));
        write("plan-hostile.html", pages.plan(SamplePlans.page(SamplePlans.hostile()), ctx));
        write("plans.html", pages.planList(java.util.List.of(SamplePlans.fitOut(false).plan(),
                SamplePlans.empty(false).plan()), ctx));
        write("login.html", pages.login(new PageContext(".", null, "X-Backcast-Token", "sample-token"),
                "Wrong username or password."));
        write("error.html", pages.error(404, "There is no plan 42, or you may not see it.", ctx));
        write("status.html", StatusPageTest.HTML.replace("/ctx/static/", "./static/"));
        write("plan-sharing.html", pages.plan(SamplePlans.page(SamplePlans.fitOut(true), PlanSharingPageTest.EDITOR_SHARING), ctx));
        for (String asset : new String[] {"backcast.css", "backcast.js"}) {
            try (var in = Pages.class.getResourceAsStream("/io/backcast/web/static/" + asset)) {
                assertThat(in).as(asset).isNotNull();
                Files.copy(in, OUT.resolve("static").resolve(asset), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(OUT.resolve("plan.html")).exists();
    }

    private static void write(String name, String html) throws IOException {
        Files.writeString(OUT.resolve(name), html, StandardCharsets.UTF_8);
    }
}
