package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.model.CheckIn;
import io.backcast.service.CheckInService;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;

/** Check-ins by id: {@code /check-ins}. The author of a new one is the caller. */
@Path(CheckInsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class CheckInsResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/check-ins";

    private final CheckInService checkIns;
    private final Endpoint endpoint;

    public CheckInsResource(CheckInService checkIns, RequestViewers viewers) {
        this.checkIns = checkIns;
        this.endpoint = new Endpoint(viewers);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, String body) {
        return endpoint.created(request, viewer -> checkIns.save(viewer,
                Json.read(body, Inputs.CheckInInput.class).toCheckIn(0, viewer.userKey())));
    }

    @GET
    @Path("/{checkInId}")
    public Response get(@Context HttpServletRequest request, @PathParam("checkInId") int checkInId) {
        return endpoint.ok(request, viewer -> checkIns.checkIn(viewer, checkInId));
    }

    /** Changes a check-in; plan and subject may be left out, and cannot change. */
    @PUT
    @Path("/{checkInId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context HttpServletRequest request, @PathParam("checkInId") int checkInId, String body) {
        return endpoint.ok(request, viewer -> {
            Inputs.CheckInInput input = Json.read(body, Inputs.CheckInInput.class);
            CheckIn stored = checkIns.checkIn(viewer, checkInId);
            return checkIns.save(viewer, input.about(stored).toCheckIn(checkInId, stored.author()));
        });
    }

    @DELETE
    @Path("/{checkInId}")
    public Response delete(@Context HttpServletRequest request, @PathParam("checkInId") int checkInId) {
        return endpoint.noContent(request, viewer -> checkIns.delete(viewer, checkInId));
    }
}
