package io.backcast.web.status;

import java.util.Locale;

/**
 * How often the client status page ({@code /s/{token}}) may be asked for, per minute: per share
 * token (counted by the token's hash, whether the token is valid or not) and per client address.
 * 0 turns a limit off. Counted in the memory of each node.
 *
 * @param perToken   requests per minute for one token, from any address
 * @param perAddress requests per minute from one client address, for any token
 */
public record StatusRateLimit(int perToken, int perAddress) {

    /** 60 a minute per token, 120 a minute per address: a whole office behind one address reading one link. */
    public static final StatusRateLimit DEFAULT = new StatusRateLimit(60, 120);
    public static final StatusRateLimit OFF = new StatusRateLimit(0, 0);

    public StatusRateLimit {
        if (perToken < 0 || perAddress < 0) {
            throw new IllegalArgumentException("--status-rate-limit cannot be negative");
        }
    }

    /** {@code off}, {@code N} (per token; twice that per address) or {@code N,M} (per token, per address). */
    public static StatusRateLimit parse(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (text.equals("off") || text.equals("0")) {
            return OFF;
        }
        try {
            int comma = text.indexOf(',');
            if (comma < 0) {
                int perToken = Integer.parseInt(text);
                return new StatusRateLimit(perToken, (int) Math.min(Integer.MAX_VALUE, 2L * perToken));
            }
            return new StatusRateLimit(Integer.parseInt(text.substring(0, comma).strip()),
                    Integer.parseInt(text.substring(comma + 1).strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--status-rate-limit must be 'off', N or N,M requests per minute"
                    + " (per token, per client address); was " + value);
        }
    }

    @Override
    public String toString() {
        return perToken == 0 && perAddress == 0 ? "off"
                : perToken + "/min per token, " + perAddress + "/min per client address";
    }
}
