package io.backcast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShareTokenTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A source of "randomness" that always yields the same byte, to pin the encoding down. */
    private static SecureRandom constant(byte value) {
        return new SecureRandom() {
            private static final long serialVersionUID = 1L;

            @Override
            public void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, value);
            }
        };
    }

    @Test
    void valueIs43UrlSafeCharacters() {
        String value = ShareToken.generate(RANDOM).value();
        assertThat(value).hasSize(43).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void encodesAll256BitsWithoutPadding() {
        assertThat(ShareToken.generate(constant((byte) 0)).value()).isEqualTo("A".repeat(43));
        assertThat(ShareToken.generate(constant((byte) 0xFF)).value()).isEqualTo("_".repeat(42) + "8");
    }

    @Test
    void twoTokensDiffer() {
        ShareToken first = ShareToken.generate(RANDOM);
        ShareToken second = ShareToken.generate(RANDOM);
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(first.hash()).isNotEqualTo(second.hash());
    }

    @Test
    void manyTokensAreAllDifferent() {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            values.add(ShareToken.generate(RANDOM).value());
        }
        assertThat(values).hasSize(1_000);
    }

    @Test
    void hashIs64LowerCaseHexCharacters() {
        assertThat(ShareToken.generate(RANDOM).hash()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void hashEqualsHashOfTheValue() {
        ShareToken token = ShareToken.generate(RANDOM);
        assertThat(token.hash()).isEqualTo(ShareToken.hashOf(token.value()));
    }

    @Test
    void hashIsNotTheValue() {
        ShareToken token = ShareToken.generate(RANDOM);
        assertThat(token.hash()).doesNotContain(token.value());
    }

    @Test
    void hashOfIsSha256InLowerCaseHex() {
        assertThat(ShareToken.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ShareToken.hashOf("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashOfAcceptsAnyPresentedText() {
        assertThat(ShareToken.hashOf("not a token / ünïcødé")).matches("[0-9a-f]{64}");
    }

    @Test
    void toStringNeverContainsTheToken() {
        ShareToken token = ShareToken.generate(RANDOM);
        assertThat(token.toString()).isEqualTo("ShareToken[hidden]").doesNotContain(token.value());
        assertThat(String.valueOf(token)).doesNotContain(token.value());
        assertThat("link " + token).doesNotContain(token.value());
    }
}
