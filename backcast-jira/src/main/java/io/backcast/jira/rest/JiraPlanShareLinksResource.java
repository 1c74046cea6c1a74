package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.PlanShareLinksResource;

/** The core's {@link PlanShareLinksResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(PlanShareLinksResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraPlanShareLinksResource extends PlanShareLinksResource {

    public JiraPlanShareLinksResource(JiraBackcast backcast) {
        super(backcast.core().shares(), backcast.core().viewers());
    }
}
