package io.backcast.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class LanguagesTest {

    /** As if the bundle had German too. */
    private static final List<Locale> ENGLISH_AND_GERMAN = List.of(Locale.ENGLISH, Locale.GERMAN);

    @Test
    void theBundleHasEnglishAndEnglishIsTheDefault() {
        assertThat(Languages.all()).containsExactly(Locale.ENGLISH);
        assertThat(Languages.tags()).containsExactly("en");
        assertThat(Languages.DEFAULT).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aTagNamesALanguageOfTheBundleWhateverItsCase() {
        assertThat(Languages.byTag("en")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.byTag(" EN ")).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.byTag("en-GB")).isNull();
        assertThat(Languages.byTag("de")).isNull();
        assertThat(Languages.byTag(null)).isNull();
    }

    @Test
    void aWantedLocaleReadsTheBundlesLanguageOfTheSameLanguageElseTheFallback() {
        assertThat(Languages.supported(Locale.UK, Locale.ENGLISH, ENGLISH_AND_GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported(Locale.GERMANY, Locale.ENGLISH, ENGLISH_AND_GERMAN)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.supported(Locale.FRANCE, Locale.GERMAN, ENGLISH_AND_GERMAN)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.supported(null, Locale.GERMAN, ENGLISH_AND_GERMAN)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.supported(Locale.ROOT, Locale.ENGLISH, ENGLISH_AND_GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.supported(Locale.JAPAN, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aBrowsersAcceptLanguageReadsTheFirstLanguageTheBundleHasByWeight() {
        assertThat(Languages.fromAcceptLanguage("de-CH, de;q=0.9, en;q=0.8", ENGLISH_AND_GERMAN)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7", ENGLISH_AND_GERMAN)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("en;q=0.5, de", ENGLISH_AND_GERMAN)).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromAcceptLanguage("en-US,en;q=0.9", List.of(Locale.ENGLISH))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromAcceptLanguage("de-CH, en;q=0.8")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMissingMalformedOrForeignAcceptLanguageSaysNothing() {
        assertThat(Languages.fromAcceptLanguage(null)).isNull();
        assertThat(Languages.fromAcceptLanguage(" ")).isNull();
        assertThat(Languages.fromAcceptLanguage("fr, ja;q=0.5")).isNull();
        assertThat(Languages.fromAcceptLanguage("en;q=lots")).isNull();
        assertThat(Languages.fromAcceptLanguage("en;q=0")).isNull();
        assertThat(Languages.fromAcceptLanguage("x".repeat(2_000) + ", en")).isNull();
    }
}
