package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.PlanItemsResource;

/** The core's {@link PlanItemsResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(PlanItemsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraPlanItemsResource extends PlanItemsResource {

    public JiraPlanItemsResource(JiraBackcast backcast) {
        super(backcast.core().plans(), backcast.core().viewers());
    }
}
