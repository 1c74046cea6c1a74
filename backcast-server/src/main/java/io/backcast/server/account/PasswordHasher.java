package io.backcast.server.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle) in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}: a random 16-byte salt per hash, a
 * 32-byte tag, compared in constant time. The defaults are OWASP's minimum for Argon2id
 * (19 MiB, 2 passes, 1 lane). At most a few hashes run at once, so a burst of logins cannot
 * take all memory.
 */
public final class PasswordHasher {

    /** Parameters of one hash. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public Cost {
            if (memoryKiB < 8 * parallelism || memoryKiB > 1 << 20 || iterations < 1 || iterations > 100
                    || parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("unreasonable Argon2 parameters m=" + memoryKiB + ",t=" + iterations
                        + ",p=" + parallelism);
            }
        }
    }

    public static final Cost DEFAULT_COST = new Cost(19 * 1024, 2, 1);

    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]{11,64})\\$([A-Za-z0-9+/]{16,128})");
    private static final int SALT_BYTES = 16;
    private static final int TAG_BYTES = 32;

    private final Cost cost;
    private final Semaphore running = new Semaphore(Math.max(2, Runtime.getRuntime().availableProcessors() * 2));

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    public PasswordHasher(Cost cost) {
        this.cost = cost;
    }

    /** A new hash with a new random salt: two hashes of the same password differ. */
    public String hash(String password) {
        byte[] salt = Tokens.randomBytes(SALT_BYTES);
        byte[] tag = derive(password, salt, cost, TAG_BYTES);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(tag);
    }

    /** Whether the password matches the stored hash; a malformed hash matches nothing. */
    public boolean verify(String password, String stored) {
        Matcher phc = stored == null ? null : PHC.matcher(stored);
        if (phc == null || !phc.matches() || password == null) {
            return false;
        }
        Cost storedCost;
        byte[] salt;
        byte[] expected;
        try {
            storedCost = new Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)));
            salt = Base64.getDecoder().decode(phc.group(4));
            expected = Base64.getDecoder().decode(phc.group(5));
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] actual = derive(password, salt, storedCost, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Whether a stored hash was made with other parameters than this hasher's (rehash after login). */
    public boolean needsRehash(String stored) {
        return stored == null || !stored.startsWith("$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations()
                + ",p=" + cost.parallelism() + "$");
    }

    private byte[] derive(String password, byte[] salt, Cost with, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(with.memoryKiB())
                .withIterations(with.iterations())
                .withParallelism(with.parallelism())
                .withSalt(salt)
                .build();
        byte[] secret = password.getBytes(StandardCharsets.UTF_8);
        byte[] tag = new byte[length];
        running.acquireUninterruptibly();
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            generator.generateBytes(secret, tag);
            return tag;
        } finally {
            running.release();
            Arrays.fill(secret, (byte) 0);
            parameters.clear();
        }
    }
}
