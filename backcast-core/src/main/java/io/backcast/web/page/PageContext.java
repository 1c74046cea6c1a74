package io.backcast.web.page;

/**
 * What every page needs from its host.
 *
 * @param basePath   the host's context path, "" in the standalone server; pages link to
 *                   {@code basePath + "/plans/{id}"}, call the REST API at
 *                   {@code basePath + "/rest/backcast/1.0"} and load {@code basePath + "/static/…"}
 * @param userName   who is logged in, shown in the header; {@code null} when nobody is (the login page)
 * @param csrfHeader the request header that carries the XSRF token on every mutation
 *                   ({@code X-Atlassian-Token} in Jira)
 * @param csrfToken  its value ({@code no-check} in Jira); also posted as the form field {@code csrf}
 */
public record PageContext(String basePath, String userName, String csrfHeader, String csrfToken) {

    public PageContext {
        basePath = basePath == null ? "" : stripTrailingSlash(basePath);
        csrfHeader = csrfHeader == null ? "" : csrfHeader;
        csrfToken = csrfToken == null ? "" : csrfToken;
    }

    /** Where the REST API lives: {@code basePath + "/rest/backcast/1.0"}. */
    public String restBase() {
        return basePath + "/rest/backcast/1.0";
    }

    /** Where the stylesheet and script live: {@code basePath + "/static"}. */
    public String staticBase() {
        return basePath + "/static";
    }

    /** Where the client status pages live: a share link's address is this plus its token. */
    public String statusBase() {
        return basePath + "/s/";
    }

    /** Whether someone is logged in. */
    public boolean loggedIn() {
        return userName != null && !userName.isBlank();
    }

    private static String stripTrailingSlash(String path) {
        String trimmed = path.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
