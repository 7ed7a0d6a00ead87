package dev.platina.integration.impl.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.api.ConnectionService;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The organisation's connections: list, connect with fields, authorise with OAuth 2.0, check, disconnect. Secrets
 * are write-only: {@code secretsSet} names those stored; a secret left out of a PUT keeps its stored value.
 */
@Component(service = ConnectionsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/connections")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class ConnectionsResource {

    /** Where the Connections screen lives; the OAuth callback sends the browser back there. */
    static final String SCREEN = "/settings/connections";

    /** One page of connectors (all of them: there are few). */
    public record ConnectorPage(List<ConnectorView> items, String nextCursor) {
    }

    /** The vendor's authorize URL to send the browser to. */
    public record AuthorisationView(String authorizeUrl) {
    }

    private final ConnectionService connections;

    @Activate
    public ConnectionsResource(@Reference ConnectionService connections) {
        this.connections = connections;
    }

    @GET
    @OperationDescription("Every connector the installed skills offer, with this organisation's connection to each:"
            + " state, last error in plain words, which secrets are set (never their values) and the webhook"
            + " address.")
    public ConnectorPage list(@Context SecurityContext security) {
        return new ConnectorPage(connections.list(RequestCallers.of(security)).stream().map(ConnectorView::of)
                .toList(), null);
    }

    @GET
    @Path("{connector}")
    @OperationDescription("One connector and this organisation's connection to it.")
    public ConnectorView get(@PathParam("connector") String connector, @Context SecurityContext security) {
        return ConnectorView.of(connections.status(RequestCallers.of(security), connector));
    }

    @PUT
    @Path("{connector}")
    @OperationDescription("Connects with API keys or settings (Admin): the connector checks them with one call to the"
            + " vendor first; a refusal answers 400 naming the field. Secrets are stored encrypted and never shown"
            + " again.")
    public ConnectorView connect(@PathParam("connector") String connector, Map<String, String> fields,
            @Context SecurityContext security) {
        return ConnectorView.of(connections.connect(RequestCallers.of(security), connector, fields(fields)));
    }

    @POST
    @Path("{connector}/check")
    @OperationDescription("Checks the stored connection now with one call to the vendor and records the result.")
    public ConnectorView check(@PathParam("connector") String connector, @Context SecurityContext security) {
        return ConnectorView.of(connections.check(RequestCallers.of(security), connector));
    }

    @POST
    @Path("{connector}/authorisation")
    @OperationDescription("Starts OAuth 2.0 authorisation (code flow with PKCE) for vendors that use it: answers the"
            + " vendor address to send the administrator to.")
    public AuthorisationView authorise(@PathParam("connector") String connector, Map<String, String> fields,
            @Context SecurityContext security, @Context UriInfo uri) {
        URI callback = uri.getBaseUriBuilder().path("v1/connections/oauth/callback").build();
        return new AuthorisationView(connections.authorise(RequestCallers.of(security), connector,
                fields == null ? Map.of() : fields(fields), callback).toString());
    }

    @GET
    @Path("oauth/callback")
    @PermitAll
    @Produces(MediaType.WILDCARD)
    @OperationDescription("Where the vendor sends the administrator back after OAuth 2.0 consent; stores the tokens"
            + " encrypted and returns to the Connections screen.")
    public Response callback(@QueryParam("state") String state, @QueryParam("code") String code,
            @QueryParam("error") String error) {
        AuthorisationOutcome outcome = connections.completeAuthorisation(state, code, error);
        String target = SCREEN + "?outcome=" + (outcome.authorised() ? "connected" : "failed")
                + outcome.connectorId().map(id -> "&connector=" + encode(id)).orElse("")
                + "&message=" + encode(outcome.message());
        return Response.seeOther(URI.create(target)).build();
    }

    @DELETE
    @Path("{connector}")
    @OperationDescription("Removes the connection and its secrets (Admin); webhooks for it are refused from then"
            + " on.")
    public Response disconnect(@PathParam("connector") String connector, @Context SecurityContext security) {
        connections.disconnect(RequestCallers.of(security), connector);
        return Response.noContent().build();
    }

    private static Map<String, String> fields(Map<String, String> fields) {
        if (fields == null) {
            throw InvalidInputException.of("body", "send the connector's fields as a JSON object of texts");
        }
        return new HashMap<>(fields);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
