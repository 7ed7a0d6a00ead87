package dev.platina.integration.impl.internal;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Vendors' webhooks for a connection: no bearer token, the connector verifies the vendor's signature with the
 * connection's signing secret. Repeats of an event are acknowledged without publishing it again.
 */
@Component(service = ConnectorHooksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/hooks/{connector}/{connectionId}")
@PermitAll
public final class ConnectorHooksResource {

    static final int MAX_BODY_BYTES = 256 * 1024;

    /** What the delivery did. */
    public record ReceiptView(int published, int repeated) {
    }

    private final WebhookIngress ingress;

    @Activate
    public ConnectorHooksResource(@Reference WebhookIngress ingress) {
        this.ingress = ingress;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
    @OperationDescription("Receives a vendor's webhook for one connection. The connector verifies the vendor's"
            + " signature (401 otherwise, audited); events already received are dropped, the others start the"
            + " workflows they trigger. Answers a JSON receipt, or the body the vendor expects (Slack's"
            + " challenge, Twilio's TwiML). At most 256 KiB (413).")
    public Response deliver(@PathParam("connector") String connector,
            @PathParam("connectionId") String connectionId, @Context HttpHeaders headers, @Context UriInfo uri,
            InputStream body) {
        byte[] bytes = read(body);
        Map<String, String> given = firstValues(headers);
        // Vendors sign the address they called; over HTTP/2 the host comes as :authority, not as a Host header.
        if (given.keySet().stream().noneMatch("host"::equalsIgnoreCase) && uri != null) {
            given.put("Host", uri.getRequestUri().getRawAuthority());
        }
        WebhookIngress.Receipt receipt;
        try {
            receipt = ingress.receive(connector, connectionId, given, bytes);
        } catch (AuthenticationFailedException e) {
            throw new ProblemException(ProblemType.UNAUTHENTICATED, e.getMessage(), Map.of(),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Signature realm=\"connector webhooks\""));
        }
        return receipt.reply().map(reply -> Response.ok(reply.body(), reply.mediaType()))
                .orElseGet(() -> Response.ok(new ReceiptView(receipt.published(), receipt.repeated()),
                        MediaType.APPLICATION_JSON_TYPE))
                .build();
    }

    private static byte[] read(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than "
                        + MAX_BODY_BYTES + " bytes (256 KiB), the most a webhook accepts.",
                        Map.of("limit", "webhookBodyBytes", "limitValue", MAX_BODY_BYTES));
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body could not be read.");
        }
    }

    private static Map<String, String> firstValues(HttpHeaders headers) {
        var values = new LinkedHashMap<String, String>();
        if (headers != null) {
            headers.getRequestHeaders().forEach((name, list) -> {
                List<String> given = list == null ? List.of() : list;
                if (!given.isEmpty()) {
                    values.put(name, given.get(0));
                }
            });
        }
        return values;
    }
}
