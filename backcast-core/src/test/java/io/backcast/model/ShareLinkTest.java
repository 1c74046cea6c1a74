package io.backcast.model;

import static io.backcast.model.ModelAssertions.assertInvalid;
import static io.backcast.model.ModelAssertions.assertUnmodifiable;
import static io.backcast.model.ModelAssertions.chars;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareLinkTest {

    private static final ShareToken TOKEN = ShareToken.generate(new SecureRandom());
    private static final String HASH = TOKEN.hash();
    private static final Instant CREATED = Instant.parse("2024-06-01T09:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2024-09-01T09:00:00Z");

    private static ShareLink link(Instant expiresAt) {
        return ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, expiresAt, null);
    }

    private static ShareLink link(String tokenHash, Instant expiresAt, boolean allOutcomes, Set<Integer> outcomeIds) {
        return new ShareLink(0, 1, "Acme Ltd", tokenHash, "jsmith", CREATED, expiresAt, null, allOutcomes, outcomeIds, null, 0, "en");
    }

    // --- create -----------------------------------------------------------------------------

    @Test
    void createMakesAnUnstoredUnviewedLinkForAllOutcomes() {
        ShareLink link = ShareLink.create(1, " Acme Ltd ", TOKEN, " jsmith ", CREATED, EXPIRES, null);
        assertThat(link).isEqualTo(new ShareLink(0, 1, "Acme Ltd", HASH, "jsmith", CREATED, EXPIRES, null, true, Set.of(), null, 0, "en"));
    }

    @Test
    void createStoresOnlyTheHashOfTheToken() {
        ShareLink link = link(EXPIRES);
        assertThat(link.tokenHash()).isEqualTo(ShareToken.hashOf(TOKEN.value()));
        assertThat(link.toString()).doesNotContain(TOKEN.value());
    }

    @Test
    void createWithNoOutcomesNamedShowsAllOutcomes() {
        ShareLink link = ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, Set.of());
        assertThat(link.allOutcomes()).isTrue();
        assertThat(link.outcomeIds()).isEmpty();
    }

    @Test
    void createWithOutcomesNamedShowsOnlyThoseInOrder() {
        ShareLink link = ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, Set.of(12, 5, 9));
        assertThat(link.allOutcomes()).isFalse();
        assertThat(link.outcomeIds()).containsExactly(5, 9, 12);
    }

    // --- fields -----------------------------------------------------------------------------

    @Test
    void rejectsMissingPlanId() {
        assertInvalid("shareLink.planId", "shareLink.planId must name a stored value (was 0)",
                () -> ShareLink.create(0, "Acme Ltd", TOKEN, "jsmith", CREATED, null, null));
    }

    @Test
    void rejectsNegativeId() {
        assertInvalid("shareLink.id", "shareLink.id must not be negative (was -1)", () -> link(EXPIRES).withId(-1));
    }

    @Test
    void rejectsBlankLabel() {
        assertInvalid("shareLink.label", "shareLink.label must not be blank",
                () -> ShareLink.create(1, " ", TOKEN, "jsmith", CREATED, null, null));
    }

    @Test
    void acceptsLabelOfExactly255CharactersAndRejects256() {
        assertThat(ShareLink.create(1, chars(255), TOKEN, "jsmith", CREATED, null, null).label()).hasSize(255);
        assertInvalid("shareLink.label", "shareLink.label must be at most 255 characters (was 256)",
                () -> ShareLink.create(1, chars(256), TOKEN, "jsmith", CREATED, null, null));
    }

    @Test
    void rejectsBlankCreator() {
        assertInvalid("shareLink.createdBy", "shareLink.createdBy must not be blank",
                () -> ShareLink.create(1, "Acme Ltd", TOKEN, "", CREATED, null, null));
    }

    @Test
    void rejectsMissingCreationInstant() {
        assertInvalid("shareLink.createdAt", "shareLink.createdAt is required",
                () -> ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", null, null, null));
    }

    @Test
    void rejectsMissingTokenHash() {
        assertInvalid("shareLink.tokenHash", "shareLink.tokenHash is required", () -> link(null, null, true, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "abc",
        // upper-case hex
        "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
        // 63 and 65 characters
        "a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad0",
        // not hex
        "ga7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        // padded
        " ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    })
    void rejectsMalformedTokenHash(String tokenHash) {
        assertInvalid("shareLink.tokenHash", "shareLink.tokenHash must be a SHA-256 hash in lower-case hex",
                () -> link(tokenHash, null, true, null));
    }

    @Test
    void rejectsTheTokenItselfInPlaceOfItsHash() {
        assertInvalid("shareLink.tokenHash", "shareLink.tokenHash must be a SHA-256 hash in lower-case hex",
                () -> link(TOKEN.value(), null, true, null));
    }

    @Test
    void rejectsNegativeViewCount() {
        assertInvalid("shareLink.viewCount", "shareLink.viewCount must not be negative (was -1)",
                () -> new ShareLink(0, 1, "Acme Ltd", HASH, "jsmith", CREATED, null, null, true, null, null, -1, "en"));
    }

    // --- language ---------------------------------------------------------------------------

    @Test
    void aNewLinksPageIsInEnglishUnlessALanguageIsChosen() {
        assertThat(link(EXPIRES).language()).isEqualTo("en");
        assertThat(link(EXPIRES).locale()).isEqualTo(java.util.Locale.ENGLISH);
        assertThat(ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, null, " EN ").language()).isEqualTo("en");
    }

    @Test
    void rejectsALanguageTheMessageBundleDoesNotHave() {
        assertInvalid("shareLink.language", "shareLink.language must be one of [en] (was 'tlh')",
                () -> ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, null, "tlh"));
        assertInvalid("shareLink.language", "shareLink.language must be one of [en] (was 'en-GB')",
                () -> ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, null, "en-GB"));
        assertInvalid("shareLink.language", "shareLink.language must not be blank",
                () -> new ShareLink(0, 1, "Acme Ltd", HASH, "jsmith", CREATED, null, null, true, null, null, 0, " "));
    }

    @Test
    void keepsItsLanguageThroughEveryChange() {
        ShareLink link = link(EXPIRES);
        assertThat(link.withId(3).revokedAt(EXPIRES).viewedAt(CREATED).language()).isEqualTo(link.language());
    }

    // --- expiry -----------------------------------------------------------------------------

    @Test
    void acceptsNoExpiry() {
        assertThat(link(null).expiresAt()).isNull();
    }

    @Test
    void acceptsExpiryJustAfterCreation() {
        assertThat(link(CREATED.plusNanos(1)).expiresAt()).isEqualTo(CREATED.plusNanos(1));
    }

    @Test
    void rejectsExpiryAtCreation() {
        assertInvalid("shareLink.expiresAt", "shareLink.expiresAt must be after the link is made (2024-06-01T09:00:00Z)",
                () -> link(CREATED));
    }

    @Test
    void rejectsExpiryBeforeCreation() {
        assertInvalid("shareLink.expiresAt", "shareLink.expiresAt must be after the link is made (2024-06-01T09:00:00Z)",
                () -> link(CREATED.minusSeconds(60)));
    }

    @Test
    void rejectsExpiryAfter2100() {
        assertInvalid("shareLink.expiresAt", "shareLink.expiresAt must be between 2000-01-01 and 2100-12-31 (was 2101-01-01T00:00:00Z)",
                () -> link(Instant.parse("2101-01-01T00:00:00Z")));
    }

    // --- outcomes ---------------------------------------------------------------------------

    @Test
    void rejectsOutcomeIdsWhenItShowsAllOutcomes() {
        assertInvalid("shareLink.outcomeIds", "shareLink.outcomeIds must be empty when the link shows all outcomes",
                () -> link(HASH, null, true, Set.of(5)));
    }

    @Test
    void rejectsOutcomeIdThatNamesNoStoredOutcome() {
        assertInvalid("shareLink.outcomeIds", "shareLink.outcomeIds must name a stored value (was 0)",
                () -> link(HASH, null, false, Set.of(5, 0)));
    }

    @Test
    void rejectsEmptyOutcomeIdEntry() {
        assertInvalid("shareLink.outcomeIds", "shareLink.outcomeIds must not contain an empty entry",
                () -> link(HASH, null, false, new HashSet<>(Arrays.asList(5, null))));
    }

    @Test
    void treatsMissingOutcomeIdsAsNone() {
        assertThat(link(HASH, null, true, null).outcomeIds()).isEmpty();
    }

    @Test
    void copiesOutcomeIds() {
        Set<Integer> outcomeIds = new HashSet<>(Set.of(5));
        ShareLink link = ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, outcomeIds);
        outcomeIds.add(6);
        assertThat(link.outcomeIds()).containsExactly(5);
    }

    @Test
    void outcomeIdsCannotBeModified() {
        assertUnmodifiable(ShareLink.create(1, "Acme Ltd", TOKEN, "jsmith", CREATED, null, Set.of(5)).outcomeIds(), 6);
        assertUnmodifiable(link(EXPIRES).outcomeIds(), 6);
    }

    // --- opening, revoking, viewing ---------------------------------------------------------

    @Test
    void opensBeforeItsExpiry() {
        assertThat(link(EXPIRES).opensAt(CREATED)).isTrue();
        assertThat(link(EXPIRES).opensAt(EXPIRES.minusNanos(1))).isTrue();
    }

    @Test
    void doesNotOpenAtItsExpiryInstant() {
        assertThat(link(EXPIRES).opensAt(EXPIRES)).isFalse();
    }

    @Test
    void doesNotOpenAfterItsExpiry() {
        assertThat(link(EXPIRES).opensAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void withoutExpiryOpensForever() {
        assertThat(link(null).opensAt(Instant.parse("2100-12-31T23:59:59Z"))).isTrue();
    }

    @Test
    void doesNotOpenOnceRevoked() {
        Instant revoked = CREATED.plusSeconds(3_600);
        ShareLink link = link(EXPIRES).revokedAt(revoked);
        assertThat(link.revokedAt()).isEqualTo(revoked);
        assertThat(link.opensAt(revoked.plusSeconds(1))).isFalse();
        assertThat(link.opensAt(EXPIRES.minusSeconds(1))).isFalse();
        assertThat(link(null).revokedAt(revoked).opensAt(revoked.plusSeconds(1))).isFalse();
    }

    @Test
    void revokingLeavesTheOriginalOpen() {
        ShareLink original = link(EXPIRES);
        original.revokedAt(CREATED.plusSeconds(60));
        assertThat(original.revokedAt()).isNull();
        assertThat(original.opensAt(CREATED.plusSeconds(120))).isTrue();
    }

    @Test
    void revokedAtChangesOnlyTheRevocation() {
        Instant revoked = CREATED.plusSeconds(60);
        assertThat(link(EXPIRES).revokedAt(revoked))
                .isEqualTo(new ShareLink(0, 1, "Acme Ltd", HASH, "jsmith", CREATED, EXPIRES, revoked, true, Set.of(), null, 0, "en"));
    }

    @Test
    void viewedAtCountsTheViewAndRemembersWhen() {
        Instant first = CREATED.plusSeconds(60);
        Instant second = CREATED.plusSeconds(120);

        ShareLink once = link(EXPIRES).viewedAt(first);
        ShareLink twice = once.viewedAt(second);

        assertThat(once.viewCount()).isEqualTo(1);
        assertThat(once.lastViewedAt()).isEqualTo(first);
        assertThat(twice.viewCount()).isEqualTo(2);
        assertThat(twice.lastViewedAt()).isEqualTo(second);
    }

    @Test
    void viewedAtLeavesTheOriginalUnchanged() {
        ShareLink original = link(EXPIRES);
        original.viewedAt(CREATED.plusSeconds(60));
        assertThat(original.viewCount()).isZero();
        assertThat(original.lastViewedAt()).isNull();
    }

    @Test
    void viewedAtChangesOnlyTheViewFields() {
        Instant viewed = CREATED.plusSeconds(60);
        assertThat(link(EXPIRES).viewedAt(viewed))
                .isEqualTo(new ShareLink(0, 1, "Acme Ltd", HASH, "jsmith", CREATED, EXPIRES, null, true, Set.of(), viewed, 1, "en"));
    }

    @Test
    void withIdChangesOnlyTheId() {
        assertThat(link(EXPIRES).withId(4))
                .isEqualTo(new ShareLink(4, 1, "Acme Ltd", HASH, "jsmith", CREATED, EXPIRES, null, true, Set.of(), null, 0, "en"));
    }
}
