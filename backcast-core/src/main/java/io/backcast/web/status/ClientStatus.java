package io.backcast.web.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.backcast.service.ClientPages;
import io.backcast.service.ShareService;
import io.backcast.web.page.PageContext;
import io.backcast.web.page.Pages;

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

    /**
     * The status pages of share links as both hosts serve them: rendered for {@code context} by the
     * pages of each link's language (not the visitor's: one kept page serves every visitor),
     * encoded to UTF-8 once and kept while the plan does not change ({@link ClientPages}). A
     * transaction the database rolls back for a conflict is run again by the store, as for every
     * use case, rather than shown to the client as an error.
     *
     * @param pages the pages of a language
     */
    static ClientStatus builtOnChange(ShareService shares, Function<Locale, Pages> pages, PageContext context, Clock clock) {
        ClientPages<byte[]> kept = new ClientPages<>(shares,
                view -> pages.apply(view.language()).status(view, context).getBytes(StandardCharsets.UTF_8), clock,
                ClientPages.DEFAULT_MAX_AGE);
        return kept::open;
    }
}
