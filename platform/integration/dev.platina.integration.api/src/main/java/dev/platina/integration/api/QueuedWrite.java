package dev.platina.integration.api;

import dev.platina.workflow.api.OutboxDelivery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link QueuedConnectorStep} hands the outbox: the vendor operation ({@code contact.create}) and the
 * parameters decided when the step ran, so that every delivery of the message sends exactly the same request.
 */
public record QueuedWrite(String operation, Map<String, Object> parameters) {

    public QueuedWrite {
        Objects.requireNonNull(operation, "operation");
        parameters = parameters == null ? Map.of() : parameters;
    }

    /** The outbox payload: {@code {"operation": ..., "parameters": {...}}}. */
    public Map<String, Object> payload() {
        var payload = new LinkedHashMap<String, Object>();
        payload.put("operation", operation);
        payload.put("parameters", parameters);
        return payload;
    }

    /** Reads a delivery's payload back; a payload without an operation reads as operation {@code ""}. */
    public static QueuedWrite of(OutboxDelivery delivery) {
        Object operation = delivery.payload().get("operation");
        return new QueuedWrite(operation == null ? "" : operation.toString(),
                asMap(delivery.payload().get("parameters")));
    }

    /** A nested object of the parameters, empty when absent. */
    public Map<String, Object> object(String name) {
        return asMap(parameters.get(name));
    }

    public String text(String name) {
        Object value = parameters.get(name);
        return value == null ? "" : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : Map.of();
    }
}
