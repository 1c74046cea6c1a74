package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.service.CheckInService;
import io.backcast.web.RequestViewers;

/** The outcomes due a check-in: {@code /plans/{planId}/reminders}. */
@Path(RemindersResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class RemindersResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/plans/{planId}/reminders";

    private final CheckInService checkIns;
    private final Endpoint endpoint;

    public RemindersResource(CheckInService checkIns, RequestViewers viewers) {
        this.checkIns = checkIns;
        this.endpoint = new Endpoint(viewers);
    }

    @GET
    public Response list(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> checkIns.reminders(viewer, planId));
    }
}
