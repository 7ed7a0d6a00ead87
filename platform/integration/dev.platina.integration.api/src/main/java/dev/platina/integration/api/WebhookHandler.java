package dev.platina.integration.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads a connector's webhook deliveries (whiteboard: register as a service). The kit receives them at
 * {@code POST /api/v1/hooks/<connectorId>/<connectionId>}, finds the organisation from the connection id, and asks
 * the handler to verify and read the delivery with that connection's secrets. It then drops events already received
 * on the connection (same id) and publishes the others on the event bus as the organisation.
 */
@ConsumerType
public interface WebhookHandler {

    String connectorId();

    /**
     * Verifies the delivery's signature with the connection's secret and reads it into events.
     *
     * @throws WebhookRefusedException when the delivery cannot be verified (answered 401, audited, body not kept)
     * @throws IllegalArgumentException when a verified body cannot be read (answered 400)
     */
    WebhookReading read(Connection connection, InboundDelivery delivery) throws WebhookRefusedException;
}
