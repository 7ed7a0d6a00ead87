package dev.platina.workflow.api;

import java.util.Map;

/**
 * An inbound call of a workflow's webhook as it arrived: the signature headers, the raw body (the signature covers
 * its exact bytes) and the other headers the run may see.
 */
public record WebhookRequest(String timestamp, String deliveryId, String signature, byte[] body,
        Map<String, String> headers) {

    public WebhookRequest {
        body = body == null ? new byte[0] : body;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
