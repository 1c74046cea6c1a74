package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.service.PlanService;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;

/** Plans, and what is created inside a plan: {@code /plans}. */
@Path(PlansResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PlansResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/plans";

    private final PlanService plans;
    private final Endpoint endpoint;

    public PlansResource(PlanService plans, RequestViewers viewers) {
        this.plans = plans;
        this.endpoint = new Endpoint(viewers);
    }

    @GET
    public Response list(@Context HttpServletRequest request) {
        return endpoint.ok(request, viewer -> plans.plans(viewer));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, String body) {
        return endpoint.created(request, viewer -> plans.savePlan(viewer, Json.read(body, Inputs.PlanInput.class).toPlan(0)));
    }

    /** The plan with its roll-up and schedule, as the plan page shows it. */
    @GET
    @Path("/{planId}")
    public Response view(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> plans.view(viewer, planId));
    }

    @PUT
    @Path("/{planId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context HttpServletRequest request, @PathParam("planId") int planId, String body) {
        return endpoint.ok(request, viewer -> plans.savePlan(viewer, Json.read(body, Inputs.PlanInput.class).toPlan(planId)));
    }

    @POST
    @Path("/{planId}/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createOutcome(@Context HttpServletRequest request, @PathParam("planId") int planId, String body) {
        return endpoint.created(request, viewer -> plans.saveOutcome(viewer,
                Json.read(body, Inputs.OutcomeInput.class).toOutcome(0, planId, viewer.userKey())));
    }

    @POST
    @Path("/{planId}/milestones")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createMilestone(@Context HttpServletRequest request, @PathParam("planId") int planId, String body) {
        return endpoint.created(request, viewer -> plans.saveMilestone(viewer,
                Json.read(body, Inputs.MilestoneInput.class).toMilestone(0, planId)));
    }

    /** Saves the current schedule as a baseline: {@code {"name": "Signed plan"}}. */
    @POST
    @Path("/{planId}/baselines")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveBaseline(@Context HttpServletRequest request, @PathParam("planId") int planId, String body) {
        return endpoint.created(request, viewer -> plans.saveBaseline(viewer, planId, Json.read(body, Inputs.BaselineInput.class).name()));
    }

    @GET
    @Path("/{planId}/baselines")
    public Response baselines(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> plans.baselines(viewer, planId));
    }

    /** Each milestone's and outcome's slip against a baseline, in working days. */
    @GET
    @Path("/{planId}/baselines/{baselineId}/slips")
    public Response slips(@Context HttpServletRequest request, @PathParam("planId") int planId,
                          @PathParam("baselineId") int baselineId) {
        return endpoint.ok(request, viewer -> plans.slips(viewer, planId, baselineId));
    }

    /** Records the forecasts that moved since last time (editors). */
    @POST
    @Path("/{planId}/forecasts")
    public Response recordForecasts(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> plans.recordForecasts(viewer, planId));
    }

    /** When forecasts moved and by how much, newest first. */
    @GET
    @Path("/{planId}/forecasts")
    public Response forecastHistory(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> plans.forecastHistory(viewer, planId));
    }

    /** What if a milestone finished {@code days} working days later. */
    @GET
    @Path("/{planId}/milestones/{milestoneId}/slip")
    public Response slip(@Context HttpServletRequest request, @PathParam("planId") int planId,
                         @PathParam("milestoneId") int milestoneId, @QueryParam("days") String days) {
        return endpoint.ok(request, viewer -> plans.slip(viewer, planId, milestoneId, Inputs.wholeNumber("days", days, 1)));
    }
}
