package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.PlanCheckInsResource;

/** The core's {@link PlanCheckInsResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(PlanCheckInsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraPlanCheckInsResource extends PlanCheckInsResource {

    public JiraPlanCheckInsResource(JiraBackcast backcast) {
        super(backcast.core().checkIns(), backcast.core().viewers());
    }
}
