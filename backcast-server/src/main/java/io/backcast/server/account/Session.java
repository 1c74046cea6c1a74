package io.backcast.server.account;

import java.time.Instant;

/**
 * A logged-in session found from its cookie.
 *
 * @param account   whose session it is
 * @param csrfToken what every mutating request must carry
 * @param expiresAt when it stops working
 */
public record Session(Account account, String csrfToken, Instant expiresAt) {
}
