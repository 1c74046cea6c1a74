package io.backcast.web.page;

import io.backcast.model.OutcomeState;

/** Small inline SVG icons, one shape per state, so a state never rests on colour alone. */
final class Icons {

    private Icons() {
    }

    static Markup state(OutcomeState state) {
        String body = switch (state) {
            case DONE -> "<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"currentColor\"/>"
                    + "<path d=\"M4.6 8.3l2.2 2.2 4.6-4.8\" fill=\"none\" stroke=\"#fff\" stroke-width=\"1.9\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
            case ON_TRACK -> "<circle cx=\"8\" cy=\"8\" r=\"6.2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\"/>"
                    + "<path d=\"M5.2 8h5.2M8.3 5.6L10.7 8 8.3 10.4\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.7\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
            case AT_RISK -> "<path d=\"M8 1.5L15 14.2H1z\" fill=\"currentColor\"/>"
                    + "<path d=\"M8 6v3.8\" stroke=\"#fff\" stroke-width=\"1.8\" stroke-linecap=\"round\"/><circle cx=\"8\" cy=\"12\" r=\"1\" fill=\"#fff\"/>";
            case OFF_TRACK -> "<path d=\"M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z\" fill=\"currentColor\"/>"
                    + "<path d=\"M5.6 5.6l4.8 4.8M10.4 5.6l-4.8 4.8\" stroke=\"#fff\" stroke-width=\"1.8\" stroke-linecap=\"round\"/>";
            case NOT_STARTED -> "<circle cx=\"8\" cy=\"8\" r=\"6.2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.8\" stroke-dasharray=\"3 2.2\"/>";
        };
        return new Markup("<svg class=\"bc-icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\" width=\"16\" height=\"16\""
                + " aria-hidden=\"true\" focusable=\"false\">" + body + "</svg>");
    }
}
