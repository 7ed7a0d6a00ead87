package dev.platina.identity.rest.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.ApiToken;
import dev.platina.identity.api.ApiTokenService;
import dev.platina.identity.api.IssuedApiToken;
import dev.platina.rest.Ids;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ResponseSchema;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** The signed-in user's personal API tokens. */
@Component(service = ApiTokensResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/auth/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ApiTokensResource {

    public record CreateToken(String name, Set<String> permissions, Integer expiresInDays) {
    }

    public record TokenView(String id, String name, Set<String> permissions, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id().toString(), t.name(), t.permissions(), t.createdAt(), t.expiresAt(),
                    t.lastUsedAt());
        }
    }

    /** The token's secret appears here once; store it in your script's secret store. */
    public record IssuedTokenView(TokenView token, String secret) {
        @Override
        public String toString() {
            return "IssuedTokenView[" + token + "]";
        }
    }

    private final ApiTokenService tokens;

    @Activate
    public ApiTokensResource(@Reference ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @GET
    public Views.ListView<TokenView> list(@Context SecurityContext security) {
        return new Views.ListView<>(tokens.list(CallerPrincipal.callerOf(security)).stream().map(TokenView::of)
                .toList(), null);
    }

    @POST
    @ResponseSchema(IssuedTokenView.class)
    public Response create(CreateToken request, @Context SecurityContext security) {
        if (request == null) {
            throw InvalidInputException.of("body", "send name and permissions");
        }
        IssuedApiToken issued = tokens.create(CallerPrincipal.callerOf(security), request.name(),
                request.permissions(), request.expiresInDays() == null ? null
                        : Duration.ofDays(request.expiresInDays()));
        return Response.created(URI.create(PlatinaApi.BASE_PATH + "/v1/auth/tokens/" + issued.token().id()))
                .entity(new IssuedTokenView(TokenView.of(issued.token()), issued.secret())).build();
    }

    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") String id, @Context SecurityContext security) {
        tokens.revoke(CallerPrincipal.callerOf(security), Ids.parse(id, "API token"));
    }
}
