package dev.platina.workflow.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Delivers outbox messages of one channel (whiteboard: register as a service). Deliveries happen outside any
 * transaction, at least once, each time with the message's same idempotency key; a channel that passes the key to
 * a peer that honours it makes the effect happen exactly once. While no channel of a message's name is registered
 * the message waits.
 */
@ConsumerType
public interface OutboxChannel {

    /** The channel's name, as {@link OutboundMessage#channel()} gives it (e.g. {@code http}, {@code hubspot}). */
    String name();

    DeliveryResult deliver(OutboxDelivery delivery) throws Exception;
}
