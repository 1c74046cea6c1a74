package io.backcast.web.page;

/**
 * Markup this package built itself, with every value in it already escaped: the SVG charts and
 * icons. {@link Html#html(Object)} prints it as it is; anything else it escapes. Only this
 * package can make one, so a template can never mark a value as safe.
 */
public final class Markup {

    private final String markup;

    Markup(String markup) {
        this.markup = markup == null ? "" : markup;
    }

    @Override
    public String toString() {
        return markup;
    }
}
