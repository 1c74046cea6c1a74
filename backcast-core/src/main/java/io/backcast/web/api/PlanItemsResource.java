package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.service.PlanService;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;

/** Outcomes, deliverables and milestones by id: {@code /outcomes}, {@code /deliverables}, {@code /milestones}. */
@Path(PlanItemsResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PlanItemsResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/";

    private final PlanService plans;
    private final Endpoint endpoint;

    public PlanItemsResource(PlanService plans, RequestViewers viewers) {
        this.plans = plans;
        this.endpoint = new Endpoint(viewers);
    }

    @PUT
    @Path("outcomes/{outcomeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateOutcome(@Context HttpServletRequest request, @PathParam("outcomeId") int outcomeId, String body) {
        return endpoint.ok(request, viewer -> {
            int planId = plans.outcome(viewer, outcomeId).planId();
            return plans.saveOutcome(viewer, Json.read(body, Inputs.OutcomeInput.class).toOutcome(outcomeId, planId, viewer.userKey()));
        });
    }

    @DELETE
    @Path("outcomes/{outcomeId}")
    public Response deleteOutcome(@Context HttpServletRequest request, @PathParam("outcomeId") int outcomeId) {
        return endpoint.noContent(request, viewer -> plans.deleteOutcome(viewer, outcomeId));
    }

    @POST
    @Path("outcomes/{outcomeId}/deliverables")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createDeliverable(@Context HttpServletRequest request, @PathParam("outcomeId") int outcomeId, String body) {
        return endpoint.created(request, viewer -> plans.saveDeliverable(viewer,
                Json.read(body, Inputs.DeliverableInput.class).toDeliverable(0, outcomeId)));
    }

    @PUT
    @Path("deliverables/{deliverableId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateDeliverable(@Context HttpServletRequest request, @PathParam("deliverableId") int deliverableId,
                                      String body) {
        return endpoint.ok(request, viewer -> {
            int outcomeId = plans.deliverable(viewer, deliverableId).outcomeId();
            return plans.saveDeliverable(viewer, Json.read(body, Inputs.DeliverableInput.class).toDeliverable(deliverableId, outcomeId));
        });
    }

    @DELETE
    @Path("deliverables/{deliverableId}")
    public Response deleteDeliverable(@Context HttpServletRequest request, @PathParam("deliverableId") int deliverableId) {
        return endpoint.noContent(request, viewer -> plans.deleteDeliverable(viewer, deliverableId));
    }

    @PUT
    @Path("milestones/{milestoneId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateMilestone(@Context HttpServletRequest request, @PathParam("milestoneId") int milestoneId, String body) {
        return endpoint.ok(request, viewer -> {
            int planId = plans.milestone(viewer, milestoneId).planId();
            return plans.saveMilestone(viewer, Json.read(body, Inputs.MilestoneInput.class).toMilestone(milestoneId, planId));
        });
    }

    @DELETE
    @Path("milestones/{milestoneId}")
    public Response deleteMilestone(@Context HttpServletRequest request, @PathParam("milestoneId") int milestoneId) {
        return endpoint.noContent(request, viewer -> plans.deleteMilestone(viewer, milestoneId));
    }
}
