package io.backcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A browser-like client over real HTTP: keeps cookies, follows no redirects, sends the CSRF header when it has one. */
public final class HttpTestClient {

    public static final String REST = "rest/backcast/1.0/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;
    private String acceptLanguage;

    HttpTestClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Logs in through the form (pre-session token from the login cookie) and learns the CSRF token. */
    public HttpTestClient login(String username, String password) {
        HttpResponse<String> answer = submitLogin(username, password);
        assertThat(answer.statusCode()).as("login of %s: %s", username, answer.body()).isEqualTo(303);
        csrfToken = json(get(REST + "session")).get("csrfToken").asText();
        return this;
    }

    /** GET /login, then POST the form with the pre-session token. */
    public HttpResponse<String> submitLogin(String username, String password) {
        get("login");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        form.put("csrf", cookie("backcast_login"));
        return form("login", form);
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    public String csrfToken() {
        return csrfToken;
    }

    public void forgetCsrfToken() {
        csrfToken = null;
    }

    public void useCsrfToken(String token) {
        csrfToken = token;
    }

    /** Sends this session cookie from now on, as someone who copied it would. */
    public void useSessionCookie(String token) {
        HttpCookie cookie = new HttpCookie("backcast_session", token);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    /** Sends this {@code Accept-Language} with every request from now on, as a browser set to those languages does. */
    public HttpTestClient speaking(String languages) {
        this.acceptLanguage = languages;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET of this exact path, dot segments and all (no normalizing). */
    public HttpResponse<String> getRaw(String rawPath) {
        return send(HttpRequest.newBuilder(URI.create(base.getScheme() + "://" + base.getRawAuthority() + rawPath))
                .timeout(Duration.ofSeconds(20)).GET().build());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(withCsrf(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))).build());
    }

    /** What {@link #postHeadersOnly} read back: the status, the headers by lower-case name, the body. */
    public record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /**
     * Sends only the head of a JSON POST that declares a body of {@code declaredLength} bytes,
     * and reads the answer without sending the body: what a server refusing by the declared
     * length answers before any body arrives (the way a large upload is refused; a client still
     * sending a megabyte could lose that answer to the connection reset that follows it).
     */
    public RawResponse postHeadersOnly(String path, long declaredLength) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            String head = "POST " + base.resolve(path).getRawPath() + " HTTP/1.1\r\n"
                    + "Host: " + base.getRawAuthority() + "\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + declaredLength + "\r\n"
                    + "Cookie: backcast_session=" + cookie("backcast_session") + "\r\n"
                    + (csrfToken == null ? "" : "X-Backcast-CSRF: " + csrfToken + "\r\n")
                    + "\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader in = new java.io.BufferedReader(
                    new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), line.substring(colon + 1).trim());
            }
            char[] body = new char[Integer.parseInt(headers.getOrDefault("content-length", "0"))];
            int read = 0;
            for (int n; read < body.length && (n = in.read(body, read, body.length - read)) > 0; ) {
                read += n;
            }
            return new RawResponse(status, headers, new String(body, 0, read));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST whose length is not declared (chunked). */
    public HttpResponse<String> postChunked(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return send(withCsrf(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))).build());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(withCsrf(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))).build());
    }

    public HttpResponse<String> delete(String path) {
        return send(withCsrf(request(path).DELETE()).build());
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(withCsrf(builder).build());
    }

    /** A URL-encoded form, as a browser posts it. */
    public HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as("content type of %s", response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20));
        return acceptLanguage == null ? builder : builder.header("Accept-Language", acceptLanguage);
    }

    private HttpRequest.Builder withCsrf(HttpRequest.Builder builder) {
        if (csrfToken != null) {
            builder.header("X-Backcast-CSRF", csrfToken);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
