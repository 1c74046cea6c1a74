package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.PlansResource;

/** The core's {@link PlansResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(PlansResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraPlansResource extends PlansResource {

    public JiraPlansResource(JiraBackcast backcast) {
        super(backcast.core().plans(), backcast.core().viewers());
    }
}
