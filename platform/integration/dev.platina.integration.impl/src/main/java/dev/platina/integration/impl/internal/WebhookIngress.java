package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditEvent;
import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.InboundDelivery;
import dev.platina.integration.api.WebhookHandler;
import dev.platina.integration.api.WebhookReading;
import dev.platina.integration.api.WebhookRefusedException;
import dev.platina.workflow.api.EventBus;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Receives connectors' webhooks with no caller: the connection id in the URL finds the organisation, the
 * connector's handler verifies the delivery with that connection's secret, and only then is anything published.
 * An unknown connection and a forged delivery get the same answer, so a sender without the secret learns nothing.
 */
@Component(service = WebhookIngress.class)
public final class WebhookIngress {

    static final String NOT_VERIFIED = "The delivery could not be verified: its signature does not match this"
            + " connection's signing secret, or there is no such connection.";

    /** What a delivery did: events published and repeats dropped, and the reply the vendor expects, if any. */
    public record Receipt(int published, int repeated, Optional<WebhookReading.Reply> reply) {
    }

    private final Connections connections;
    private final InboundEvents events;
    private final AuditLog audit;

    @Activate
    public WebhookIngress(@Reference Connections connections, @Reference EventBus bus, @Reference AuditLog audit) {
        this.connections = connections;
        this.events = new InboundEvents(connections.transactions(), bus);
        this.audit = audit;
    }

    public Receipt receive(String connectorId, String connectionId, Map<String, String> headers, byte[] body) {
        UUID id;
        try {
            id = UUID.fromString(connectionId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new AuthenticationFailedException(NOT_VERIFIED);
        }
        Optional<ConnectionRow> row = connections.findAnywhere(id).filter(r -> r.connector().equals(connectorId));
        Optional<WebhookHandler> handler = connections.registry().webhookHandler(connectorId);
        if (row.isEmpty() || handler.isEmpty()) {
            throw new AuthenticationFailedException(NOT_VERIFIED);
        }
        StoredConnection connection = connections.open(row.get());
        WebhookReading reading;
        try {
            reading = handler.get().read(connection, new InboundDelivery(headers, body,
                    connections.clock().instant()));
        } catch (WebhookRefusedException e) {
            audit.record(AuditEvent.of(connection.organization(), "integration.webhook.refused")
                    .actor(null, "webhook:" + connectorId).target("connection", id.toString())
                    .outcome(AuditOutcome.DENIED).detail("reason", e.getMessage())
                    .detail("bytes", body == null ? 0 : body.length).build());
            throw new AuthenticationFailedException(NOT_VERIFIED);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("body", e.getMessage() == null ? "could not be read" : e.getMessage());
        }
        InboundEvents.Published published = events.publish(connection, reading.events());
        return new Receipt(published.published(), published.repeated(), reading.reply());
    }
}
