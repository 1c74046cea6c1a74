package io.backcast.web.status;

import java.util.Optional;

/**
 * What {@code /s/{token}} asks of the application: the client status page a presented share
 * token opens, rendered, or nothing when the token is unknown, revoked or expired (alike: the
 * caller cannot and must not tell them apart).
 */
@FunctionalInterface
public interface ClientStatus {

    /**
     * @param presentedToken the token from the address, as presented (maybe not a token at all)
     * @param userAgent      the request's {@code User-Agent}, or {@code null}
     * @return the page's HTML in UTF-8, or empty
     */
    Optional<byte[]> open(String presentedToken, String userAgent);
}
