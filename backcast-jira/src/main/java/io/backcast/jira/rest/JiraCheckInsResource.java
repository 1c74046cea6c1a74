package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.CheckInsResource;

/** The core's {@link CheckInsResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(CheckInsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraCheckInsResource extends CheckInsResource {

    public JiraCheckInsResource(JiraBackcast backcast) {
        super(backcast.core().checkIns(), backcast.core().viewers());
    }
}
