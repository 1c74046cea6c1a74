package io.backcast.service;

import java.util.Locale;

/**
 * Turns a User-Agent header into the coarse browser class a share link's view log keeps:
 * "Chrome", "Mobile Safari", "Bot", "Other"… The answer is always one of a fixed set of words,
 * never a piece of the header, so the log holds nothing that identifies a person or a device.
 */
public final class UserAgents {

    /** Every class {@link #coarse} answers. */
    public static final java.util.List<String> CLASSES = java.util.List.of("Bot", "Edge", "Mobile Edge", "Opera",
            "Mobile Opera", "Samsung Internet", "Firefox", "Mobile Firefox", "Chrome", "Mobile Chrome", "Safari",
            "Mobile Safari", "Internet Explorer", "Other");

    private UserAgents() {
    }

    /** The browser class of a User-Agent header; {@code "Other"} for none or one it does not know. */
    public static String coarse(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Other";
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        boolean mobile = ua.contains("mobile") || ua.contains("android") || ua.contains("iphone") || ua.contains("ipad");
        if (ua.contains("bot") || ua.contains("crawler") || ua.contains("spider") || ua.contains("slurp")
                || ua.contains("facebookexternalhit") || ua.contains("preview")) {
            return "Bot";
        }
        if (ua.contains("edg/") || ua.contains("edge/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return mobile ? "Mobile Edge" : "Edge";
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return mobile ? "Mobile Opera" : "Opera";
        }
        if (ua.contains("samsungbrowser/")) {
            return "Samsung Internet";
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return mobile ? "Mobile Firefox" : "Firefox";
        }
        if (ua.contains("crios/")) {
            return "Mobile Chrome";
        }
        if (ua.contains("chrome/") || ua.contains("chromium/")) {
            return mobile ? "Mobile Chrome" : "Chrome";
        }
        if (ua.contains("safari/") && (ua.contains("version/") || ua.contains("applewebkit/"))) {
            return mobile ? "Mobile Safari" : "Safari";
        }
        if (ua.contains("msie ") || ua.contains("trident/")) {
            return "Internet Explorer";
        }
        return "Other";
    }
}
