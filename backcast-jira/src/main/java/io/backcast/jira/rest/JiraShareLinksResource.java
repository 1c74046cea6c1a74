package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.ShareLinksResource;

/** The core's {@link ShareLinksResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(ShareLinksResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraShareLinksResource extends ShareLinksResource {

    public JiraShareLinksResource(JiraBackcast backcast) {
        super(backcast.core().shares(), backcast.core().viewers());
    }
}
