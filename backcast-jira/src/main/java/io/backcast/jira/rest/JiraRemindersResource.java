package io.backcast.jira.rest;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.backcast.jira.JiraBackcast;
import io.backcast.web.api.RemindersResource;

/** The core's {@link RemindersResource} in Jira's REST module, under {@code /rest/backcast/1.0}. */
@Path(RemindersResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public final class JiraRemindersResource extends RemindersResource {

    public JiraRemindersResource(JiraBackcast backcast) {
        super(backcast.core().checkIns(), backcast.core().viewers());
    }
}
