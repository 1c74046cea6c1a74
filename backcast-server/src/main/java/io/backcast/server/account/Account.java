package io.backcast.server.account;

import java.time.Instant;

/**
 * A local account as the server uses it (never the password hash).
 *
 * @param id        the row id
 * @param username  lower-case
 * @param role      what it may do
 * @param createdAt when it was made
 */
public record Account(int id, String username, Role role, Instant createdAt) {
}
