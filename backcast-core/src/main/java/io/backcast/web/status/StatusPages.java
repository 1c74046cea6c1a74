package io.backcast.web.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.backcast.web.page.Html;
import io.backcast.web.page.PageText;

/**
 * The neutral pages of {@code /s/}: made once, so an unknown, a revoked and an expired link get
 * the very same bytes. They name no plan, no client and no reason, link nowhere, load only the
 * stylesheet and run no script (the status CSP allows none). They are in the host's default
 * language: an address that opens nothing has no share link to take a language from.
 */
public final class StatusPages {

    private final byte[] notFound;
    private final byte[] tooMany;
    private final byte[] unavailable;
    private final byte[] failed;

    /**
     * @param staticBase where the stylesheet lives, e.g. {@code /static}
     * @param text       the words, from the message bundle ({@code status.neutral.*})
     */
    public StatusPages(String staticBase, PageText text) {
        this.notFound = page(staticBase, text, "notFound");
        this.tooMany = page(staticBase, text, "tooMany");
        this.unavailable = page(staticBase, text, "unavailable");
        this.failed = page(staticBase, text, "failed");
    }

    /** In English. */
    public StatusPages(String staticBase) {
        this(staticBase, new PageText(Locale.ENGLISH));
    }

    /** 404: unknown, revoked, expired, not a token. */
    public byte[] notFound() {
        return notFound.clone();
    }

    /** 429. */
    public byte[] tooMany() {
        return tooMany.clone();
    }

    /** 503: the database could not answer. */
    public byte[] unavailable() {
        return unavailable.clone();
    }

    /** 500. */
    public byte[] failed() {
        return failed.clone();
    }

    /** The 404 page as text (for the error handlers). */
    public String notFoundHtml() {
        return new String(notFound, StandardCharsets.UTF_8);
    }

    private static byte[] page(String staticBase, PageText text, String kind) {
        Html h = new Html();
        String title = h.html(text.get("status.neutral." + kind + ".title"));
        String html = """
                <!DOCTYPE html>
                <html lang="%4$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex, nofollow">
                <meta name="referrer" content="no-referrer">
                <title>%1$s</title>
                <link rel="stylesheet" href="%3$s/backcast.css">
                </head>
                <body class="bc-page bc-page-status bc-page-error">
                <main id="bc-main" class="bc-main">
                <div class="bc-card bc-error-page">
                <h1>%1$s</h1>
                <p>%2$s</p>
                </div>
                </main>
                </body>
                </html>
                """.formatted(title, h.html(text.get("status.neutral." + kind + ".message")), h.attr(staticBase),
                        h.attr(text.get("page.lang")));
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
