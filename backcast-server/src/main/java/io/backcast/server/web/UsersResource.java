package io.backcast.server.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

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

import io.backcast.i18n.Texts;
import io.backcast.server.account.Account;
import io.backcast.server.account.Accounts;
import io.backcast.server.account.Role;
import io.backcast.server.account.Session;
import io.backcast.service.ConflictException;
import io.backcast.web.Failure;
import io.backcast.web.Json;
import io.backcast.web.RequestViewers;
import io.backcast.web.api.ApiError;

/**
 * {@code /users}: the server's accounts, for administrators only. {@code GET} lists them,
 * {@code POST {username, password, role}} creates one, {@code PUT /users/{name} {password?, role?}}
 * changes one (a new password ends its sessions), {@code DELETE /users/{name}} removes one
 * (not yourself). Passwords are never answered. Refusals are worded in the language the browser
 * asks for.
 */
@Path("/users")
@Produces(MediaType.APPLICATION_JSON)
public final class UsersResource {

    /** An account as the API shows it. */
    record UserOutput(String username, Role role, Instant createdAt) {
        static UserOutput of(Account account) {
            return new UserOutput(account.username(), account.role(), account.createdAt());
        }
    }

    record NewUserInput(String username, String password, Role role) {
    }

    record ChangeUserInput(String password, Role role) {
    }

    private final Accounts accounts;
    private final RequestViewers viewers;

    /** @param viewers the language of a request ({@code Backcast#viewers()}) */
    public UsersResource(Accounts accounts, RequestViewers viewers) {
        this.accounts = accounts;
        this.viewers = viewers;
    }

    @GET
    public Response list(@Context HttpServletRequest request) {
        return asAdmin(request, admin -> ok(200, accounts.list().stream().map(UserOutput::of).toList()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpServletRequest request, String body) {
        return asAdmin(request, admin -> {
            NewUserInput input = Json.read(body, NewUserInput.class);
            return ok(201, UserOutput.of(accounts.create(input.username(), input.password(), input.role())));
        });
    }

    @PUT
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response update(@Context HttpServletRequest request, @PathParam("username") String username, String body) {
        return asAdmin(request, admin -> {
            ChangeUserInput input = Json.read(body, ChangeUserInput.class);
            if (admin.username().equals(Accounts.normalize(username)) && input.role() != null && input.role() != Role.ADMIN) {
                throw new ConflictException("role", "error.conflict.ownRole");
            }
            return accounts.update(username, input.password(), input.role())
                    .map(account -> ok(200, UserOutput.of(account)))
                    .orElseGet(() -> notFound(username, viewers.locale(request)));
        });
    }

    @DELETE
    @Path("/{username}")
    public Response delete(@Context HttpServletRequest request, @PathParam("username") String username) {
        return asAdmin(request, admin -> {
            if (admin.username().equals(Accounts.normalize(username))) {
                throw new ConflictException("username", "error.conflict.ownAccount");
            }
            return accounts.delete(username) ? Response.noContent().build() : notFound(username, viewers.locale(request));
        });
    }

    private Response asAdmin(HttpServletRequest request, java.util.function.Function<Account, Response> action) {
        Session session = Web.session(request);
        Locale locale = viewers.locale(request);
        if (session == null) {
            return ApiError.respond(Failure.of(401, null, locale));
        }
        if (session.account().role() != Role.ADMIN) {
            return ApiError.respond(403, Texts.of(locale).get("error.forbidden.users"), null);
        }
        try {
            return action.apply(session.account());
        } catch (RuntimeException e) {
            return ApiError.of(e, locale);
        }
    }

    private static Response notFound(String username, Locale locale) {
        return ApiError.respond(404, Texts.of(locale).fill("error.notFound.account",
                Map.of("username", Accounts.normalize(username))), null);
    }

    private static Response ok(int status, Object body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.write(body)).build();
    }
}
