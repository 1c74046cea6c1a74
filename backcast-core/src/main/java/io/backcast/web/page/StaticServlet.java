package io.backcast.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * {@code /static/*}: the stylesheet, scripts and images from the classpath folder
 * {@code io/backcast/web/static/}, with an ETag. Only plain file names with a known extension
 * are served: no directory listing, no {@code ..}. Also {@code /favicon.ico} (204 while there is none).
 */
public class StaticServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String ROOT = "io/backcast/web/static/";
    private static final Pattern NAME = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.([a-z0-9]+)");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css;charset=utf-8"),
            Map.entry("js", "text/javascript;charset=utf-8"),
            Map.entry("mjs", "text/javascript;charset=utf-8"),
            Map.entry("json", "application/json;charset=utf-8"),
            Map.entry("map", "application/json;charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain;charset=utf-8"));

    private record Asset(byte[] bytes, String type, String etag) {
    }

    private final transient Map<String, Asset> cache = new ConcurrentHashMap<>();

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean favicon = "/favicon.ico".equals(request.getServletPath());
        String name = favicon ? "favicon.ico" : request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Asset asset = find(name);
        if (asset == null && favicon) { // browsers ask for it on every site; no icon is not an error
            response.setHeader("Cache-Control", "max-age=86400");
            response.setStatus(204);
            return;
        }
        if (asset == null) {
            response.sendError(404);
            return;
        }
        response.setHeader("ETag", asset.etag());
        response.setHeader("Cache-Control", "no-cache");
        if (asset.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(304);
            return;
        }
        response.setContentType(asset.type());
        response.setContentLength(asset.bytes().length);
        response.getOutputStream().write(asset.bytes());
    }

    private Asset find(String name) throws IOException {
        var matcher = NAME.matcher(name);
        if (!matcher.matches() || name.contains("..") || !TYPES.containsKey(matcher.group(1))) {
            return null;
        }
        Asset cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        URL url = StaticServlet.class.getClassLoader().getResource(ROOT + name);
        if (url == null) {
            return null;
        }
        byte[] bytes;
        try (InputStream in = url.openStream()) {
            bytes = in.readAllBytes();
        }
        Asset asset = new Asset(bytes, TYPES.get(matcher.group(1)), "\"" + sha256(bytes).substring(0, 20) + "\"");
        cache.put(name, asset);
        return asset;
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
