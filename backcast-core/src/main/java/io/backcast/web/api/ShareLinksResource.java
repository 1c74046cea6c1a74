package io.backcast.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.backcast.model.ShareLink;
import io.backcast.service.ShareService;
import io.backcast.web.RequestViewers;

/** One share link by id (editors): {@code /share-links/{linkId}}. */
@Path(ShareLinksResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ShareLinksResource {

    /** Where it lives below the API's root; a host's subclass repeats it, as JAX-RS does not inherit it. */
    public static final String PATH = "/share-links";

    private final ShareService shares;
    private final Endpoint endpoint;

    public ShareLinksResource(ShareService shares, RequestViewers viewers) {
        this.shares = shares;
        this.endpoint = new Endpoint(viewers);
    }

    @GET
    @Path("/{linkId}")
    public Response get(@Context HttpServletRequest request, @PathParam("linkId") int linkId) {
        return endpoint.ok(request, viewer -> {
            ShareLink link = shares.link(viewer, linkId);
            return Outputs.ShareLinkOutput.of(link, shares.opensNow(link));
        });
    }

    /** Revokes the link at once; answers it as it now is. */
    @DELETE
    @Path("/{linkId}")
    public Response revoke(@Context HttpServletRequest request, @PathParam("linkId") int linkId) {
        return endpoint.ok(request, viewer -> {
            ShareLink link = shares.revoke(viewer, linkId);
            return Outputs.ShareLinkOutput.of(link, shares.opensNow(link));
        });
    }

    /** When the link was opened and with what kind of browser, newest first. */
    @GET
    @Path("/{linkId}/views")
    public Response views(@Context HttpServletRequest request, @PathParam("linkId") int linkId) {
        return endpoint.ok(request, viewer -> shares.views(viewer, linkId));
    }
}
