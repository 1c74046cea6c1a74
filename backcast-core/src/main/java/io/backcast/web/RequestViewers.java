package io.backcast.web;

import jakarta.servlet.http.HttpServletRequest;

import io.backcast.port.Viewer;

/** How a host tells who sent a request: Jira's logged-in user, or the server's session. */
@FunctionalInterface
public interface RequestViewers {

    /** The viewer, or {@code null} when nobody is logged in. */
    Viewer of(HttpServletRequest request);
}
