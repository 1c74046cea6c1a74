package io.backcast.server.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Argon2id hashes in PHC form: verify, refuse, salt, parameters. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashVerifiesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDiffer() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("same password", first)).isTrue();
        assertThat(hasher.verify("same password", second)).isTrue();
    }

    @Test
    void hashesAreArgon2idWithTheRecommendedParameters() {
        assertThat(hasher.hash("pw")).matches("\\$argon2id\\$v=19\\$m=19456,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void aKnownArgon2idVectorVerifies() {
        // from the reference implementation's test suite (phc-winner-argon2 src/test.c): password "password",
        // salt "somesalt", t=2, m=2^16 KiB, p=1 -> 09316115d5cf24ed5a15a31a3ba326e5cf32edc24702987c02b6566f61913cf7
        String reference = "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";

        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("Password", reference)).isFalse();
    }

    @Test
    void malformedOrForeignHashesMatchNothing() {
        assertThat(hasher.verify("pw", null)).isFalse();
        assertThat(hasher.verify("pw", "")).isFalse();
        assertThat(hasher.verify("pw", "$2a$10$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz0123")).isFalse();
        assertThat(hasher.verify("pw", "$argon2id$v=19$m=99999999,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isFalse();
        assertThat(hasher.verify(null, hasher.hash("pw"))).isFalse();
    }

    @Test
    void hashesWithOtherParametersNeedRehashing() {
        PasswordHasher cheap = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));
        String old = cheap.hash("pw");

        assertThat(hasher.verify("pw", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw"))).isFalse();
    }
}
