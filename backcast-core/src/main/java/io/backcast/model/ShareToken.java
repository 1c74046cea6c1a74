package io.backcast.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a share link: 256 random bits, written as 43 URL-safe characters. It is shown
 * once, when the link is made; only its {@link #hash()} is stored.
 */
public final class ShareToken {

    private static final int BYTES = 32;
    private final String value;

    private ShareToken(String value) {
        this.value = value;
    }

    /** A new token from the given source of randomness. */
    public static ShareToken generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new ShareToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** The token as it appears in a link. */
    public String value() {
        return value;
    }

    /** What is stored: the SHA-256 of the token, in lower-case hex. */
    public String hash() {
        return hashOf(value);
    }

    /** The stored form of any presented token, valid or not, at the same cost. */
    public static String hashOf(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never the secret itself, so a token cannot reach a log by accident. */
    @Override
    public String toString() {
        return "ShareToken[hidden]";
    }
}
