package dev.platina.workflow.rest.internal;

import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.rest.Ids;
import dev.platina.rest.OperationDescription;
import dev.platina.rest.PlatinaApi;
import dev.platina.rest.ProblemException;
import dev.platina.rest.ProblemType;
import dev.platina.rest.ResponseSchema;
import dev.platina.workflow.api.WebhookReceipt;
import dev.platina.workflow.api.WebhookRequest;
import dev.platina.workflow.api.WebhookService;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.security.PermitAll;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Inbound webhooks: a signed call starts a run of a workflow triggered by {@code webhook}. There is no bearer
 * token; the HMAC signature with the workflow's secret is the authentication.
 */
@Component(service = HooksResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/hooks")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public final class HooksResource {

    static final String TIMESTAMP = "X-Platina-Timestamp";
    static final String DELIVERY = "X-Platina-Delivery";
    static final String SIGNATURE = "X-Platina-Signature";

    static final String SIGNING = """
            Starts a run of a workflow whose trigger is `webhook`; no bearer token. Sign every call with the \
            workflow's secret (from `POST /api/v1/workflows/{id}/webhook-secret`):

            - `X-Platina-Timestamp`: the current time in unix seconds; calls more than 300 seconds away from the \
            server's clock are refused (replay protection).
            - `X-Platina-Delivery`: your id of this delivery; a retry with the same id starts nothing new and \
            answers the run the first one started.
            - `X-Platina-Signature`: `sha256=` and the lower-case hex HMAC-SHA256 of `<timestamp>.<raw body>`, keyed \
            with the secret's text.

            The body is JSON of at most 262144 bytes (256 KiB; larger: 413). A missing, stale or wrong signature, \
            and an unknown workflow, all answer 401 alike. 202 answers `{"runId", "repeated"}`; the run reads the \
            body as `trigger.body` (and as `input` when it is an object).""";

    /** The run a delivery started; {@code repeated} when the delivery id was seen before. */
    public record DeliveryView(String runId, boolean repeated) {
    }

    private final WebhookService webhooks;

    @Activate
    public HooksResource(@Reference WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Path("{workflowId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseSchema(DeliveryView.class)
    @OperationDescription(SIGNING)
    public Response deliver(@PathParam("workflowId") String workflowId, @HeaderParam(TIMESTAMP) String timestamp,
            @HeaderParam(DELIVERY) String delivery, @HeaderParam(SIGNATURE) String signature,
            @Context HttpHeaders headers, InputStream body) {
        byte[] bytes = readLimited(headers, body);
        WebhookReceipt receipt;
        try {
            receipt = webhooks.receive(Ids.parse(workflowId, "workflow"), new WebhookRequest(timestamp, delivery,
                    signature, bytes, firstValues(headers)));
        } catch (AuthenticationFailedException e) {
            // Not a bearer challenge: this endpoint authenticates by signature.
            throw new ProblemException(ProblemType.UNAUTHENTICATED, e.getMessage(), Map.of(),
                    Map.of(HttpHeaders.WWW_AUTHENTICATE, "Platina-HMAC-SHA256 realm=\"webhooks\""));
        }
        return Response.accepted(new DeliveryView(receipt.runId().toString(), receipt.repeated()))
                .location(URI.create(PlatinaApi.BASE_PATH + "/v1/runs/" + receipt.runId())).build();
    }

    /** Reads at most the limit, so an oversized body is refused without holding it in memory. */
    static byte[] readLimited(HttpHeaders headers, InputStream body) {
        int limit = WebhookService.MAX_BODY_BYTES;
        String length = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                && Long.parseLong(length) > limit) {
            throw tooLarge();
        }
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_REQUEST, "The body could not be read: " + e.getMessage());
        }
    }

    private static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The body is larger than "
                + WebhookService.MAX_BODY_BYTES + " bytes (256 KiB), the most a webhook accepts.",
                Map.of("limit", "webhookBodyBytes", "limitValue", WebhookService.MAX_BODY_BYTES));
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
