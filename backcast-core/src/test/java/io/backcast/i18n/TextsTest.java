package io.backcast.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void aLanguageTheBundleLacksReadsEnglishWhateverTheJvmsDefault() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Texts.of(Locale.JAPAN).locale()).isEqualTo(Locale.ENGLISH);
            assertThat(Texts.of(null).get("page.login.submit")).isEqualTo("Log in");
            assertThat(Texts.of(Locale.UK)).isSameAs(Texts.of(Locale.ENGLISH));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void fillsPlaceholdersOnceAndShowsAMissingKeyInBrackets() {
        Texts english = Texts.of(Locale.ENGLISH);
        assertThat(english.fill("error.forbidden.createPlan", Map.of("project", "{project}"))).isEqualTo(
                "You may not create plans for project {project}.");
        assertThat(english.get("page.no.such.key")).isEqualTo("[page.no.such.key]");
        assertThat(english.has("page.no.such.key")).isFalse();
    }

    @Test
    void aCountTakesItsOneAndZeroWordsWhereTheBundleHasThem() {
        Texts english = Texts.of(Locale.ENGLISH);
        assertThat(english.count("page.share.views", 0, Map.of("count", 0))).isEqualTo("No views");
        assertThat(english.count("page.share.views", 1, Map.of("count", 1))).isEqualTo("1 view");
        assertThat(english.count("page.share.views", 7, Map.of("count", 7))).isEqualTo("7 views");
        assertThat(english.countKey("page.plan.summary", 0)).isEqualTo("page.plan.summary");
    }
}
