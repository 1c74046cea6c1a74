package io.backcast.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1|Mobile Safari",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15|Safari",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36|Chrome",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36|Mobile Chrome",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1|Mobile Chrome",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0|Edge",
        "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0|Firefox",
        "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/24.0 Chrome/117.0 Mobile Safari/537.36|Samsung Internet",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)|Bot",
        "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)|Bot",
        "curl/8.4.0|Other",
    })
    void sortsABrowserIntoACoarseClass(String userAgent, String expected) {
        assertThat(UserAgents.coarse(userAgent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Jane's laptop serial 12345", "<script>alert(1)</script>"})
    void answersOtherForNothingOrForWhatItDoesNotKnowAndNeverEchoesTheHeader(String userAgent) {
        assertThat(UserAgents.coarse(userAgent)).isEqualTo("Other");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mozilla/5.0 (Windows NT 10.0) Chrome/1 Safari/1 secret-device-id-42", "Firefox/1 user=alice@example.com"})
    void alwaysAnswersOneOfItsFixedWords(String userAgent) {
        assertThat(UserAgents.CLASSES).contains(UserAgents.coarse(userAgent));
        assertThat(UserAgents.coarse(userAgent)).doesNotContain("secret", "alice");
    }
}
