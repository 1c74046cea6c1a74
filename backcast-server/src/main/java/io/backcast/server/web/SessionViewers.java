package io.backcast.server.web;

import jakarta.servlet.http.HttpServletRequest;

import io.backcast.port.Viewer;
import io.backcast.server.account.Session;
import io.backcast.web.RequestViewers;

/** The viewer of a request is the account of its session cookie (found by {@link SecurityFilter}). */
public final class SessionViewers implements RequestViewers {

    @Override
    public Viewer of(HttpServletRequest request) {
        Session session = Web.session(request);
        return session == null ? null : new Viewer(session.account().username());
    }
}
