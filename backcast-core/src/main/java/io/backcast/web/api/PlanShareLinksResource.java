package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.service.ShareService;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;

/** A plan's share links (editors): {@code /plans/{planId}/share-links}. */
@Path(PlanShareLinksResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class PlanShareLinksResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/plans/{planId}/share-links";

    private final ShareService shares;
    private final Endpoint endpoint;

    public PlanShareLinksResource(ShareService shares, RequestViewers viewers) {
        this.shares = shares;
        this.endpoint = new Endpoint(viewers);
    }

    /**
     * Makes a link: {@code {"label":"Acme","expiresAt":"2027-04-01T00:00:00Z","outcomeIds":[7],"language":"en"}};
     * answers it with its token, once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, @PathParam("planId") int planId, String body) {
        return endpoint.created(request, viewer -> {
            Inputs.ShareLinkInput input = Json.read(body, Inputs.ShareLinkInput.class);
            ShareService.NewShareLink made = shares.create(viewer, planId, input.label(), input.expiresAt(), input.outcomes(),
                    input.language());
            return new Outputs.NewShareLinkOutput(Outputs.ShareLinkOutput.of(made.link(), shares.opensNow(made.link())),
                    made.token());
        });
    }

    /** The plan's links, newest first, without tokens. */
    @GET
    public Response list(@Context HttpServletRequest request, @PathParam("planId") int planId) {
        return endpoint.ok(request, viewer -> shares.links(viewer, planId).stream()
                .map(link -> Outputs.ShareLinkOutput.of(link, shares.opensNow(link))).toList());
    }
}
