package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class StateOverrideTest {

    private static final Instant EXPIRES = Instant.parse("2024-07-01T00:00:00Z");

    private static StateOverride override(String author, String reason, Instant expiresAt) {
        return new StateOverride(OutcomeState.AT_RISK, author, reason, expiresAt);
    }

    @Test
    void trimsAuthorAndReason() {
        StateOverride override = override(" jsmith ", "  Landlord has not confirmed access\n", EXPIRES);
        assertThat(override.author()).isEqualTo("jsmith");
        assertThat(override.reason()).isEqualTo("Landlord has not confirmed access");
        assertThat(override.state()).isEqualTo(OutcomeState.AT_RISK);
        assertThat(override.expiresAt()).isEqualTo(EXPIRES);
    }

    @Test
    void rejectsMissingState() {
        assertInvalid("override.state", "override.state is required",
                () -> new StateOverride(null, "jsmith", "Because", EXPIRES));
    }

    @Test
    void rejectsBlankAuthor() {
        assertInvalid("override.author", "override.author must not be blank", () -> override("  ", "Because", EXPIRES));
        assertInvalid("override.author", "override.author must not be blank", () -> override(null, "Because", EXPIRES));
    }

    @Test
    void rejectsBlankReason() {
        assertInvalid("override.reason", "override.reason must not be blank", () -> override("jsmith", " \n ", EXPIRES));
        assertInvalid("override.reason", "override.reason must not be blank", () -> override("jsmith", null, EXPIRES));
    }

    @Test
    void acceptsReasonOfExactly255Characters() {
        assertThat(override("jsmith", chars(255), EXPIRES).reason()).hasSize(255);
    }

    @Test
    void rejectsReasonOf256Characters() {
        assertInvalid("override.reason", "override.reason must be at most 255 characters (was 256)",
                () -> override("jsmith", chars(256), EXPIRES));
    }

    @Test
    void rejectsNulCharacterInReason() {
        assertInvalid("override.reason", "override.reason must not contain a NUL character",
                () -> override("jsmith", "Be\0cause", EXPIRES));
    }

    @Test
    void rejectsMissingExpiry() {
        assertInvalid("override.expiresAt", "override.expiresAt is required", () -> override("jsmith", "Because", null));
    }

    @Test
    void rejectsExpiryAfter2100() {
        assertInvalid("override.expiresAt", "override.expiresAt must be between 2000-01-01 and 2100-12-31 (was 2101-01-01T00:00:00Z)",
                () -> override("jsmith", "Because", Instant.parse("2101-01-01T00:00:00Z")));
    }

    @Test
    void isActiveBeforeItsExpiry() {
        assertThat(override("jsmith", "Because", EXPIRES).isActiveAt(EXPIRES.minusNanos(1))).isTrue();
        assertThat(override("jsmith", "Because", EXPIRES).isActiveAt(EXPIRES.minusSeconds(86_400 * 30))).isTrue();
    }

    @Test
    void isNoLongerActiveAtItsExpiryInstant() {
        assertThat(override("jsmith", "Because", EXPIRES).isActiveAt(EXPIRES)).isFalse();
    }

    @Test
    void isNotActiveAfterItsExpiry() {
        assertThat(override("jsmith", "Because", EXPIRES).isActiveAt(EXPIRES.plusSeconds(1))).isFalse();
    }
}
