package io.backcast.web.api;

import java.util.List;

import io.backcast.service.CheckInService;
import io.backcast.service.PlanService;
import io.backcast.service.ShareService;
import io.backcast.web.RequestViewers;

/**
 * The REST API under {@code /rest/backcast/1.0/}: the resource instances a host registers. The
 * same classes serve both hosts; a host adds authentication and the XSRF check around them.
 * Each resource class has its own root path, so a request never depends on how a JAX-RS
 * implementation chooses between two classes with the same path.
 */
public final class RestApi {

    private RestApi() {
    }

    /** The plan resources only: plans, outcomes, deliverables, milestones, baselines, forecasts. */
    public static List<Object> resources(PlanService plans, RequestViewers viewers) {
        return List.of(new PlansResource(plans, viewers), new PlanItemsResource(plans, viewers));
    }

    /** Every resource: the plan resources, share links, check-ins and reminders. */
    public static List<Object> resources(PlanService plans, ShareService shares, CheckInService checkIns,
                                         RequestViewers viewers) {
        return List.of(new PlansResource(plans, viewers), new PlanItemsResource(plans, viewers),
                new PlanShareLinksResource(shares, viewers), new ShareLinksResource(shares, viewers),
                new CheckInsResource(checkIns, viewers), new PlanCheckInsResource(checkIns, viewers),
                new RemindersResource(checkIns, viewers));
    }
}
