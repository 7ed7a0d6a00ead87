package dev.platina.integration.api;

import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a connector's {@link dev.platina.workflow.api.OutboxChannel} hands each delivery to. It finds the delivery's
 * organisation's connection, and calls the vendor only when that connection's circuit breaker allows (after five
 * failures in a row it pauses thirty seconds, then lets one trial through). It honours the vendor's
 * {@code Retry-After}, marks the connection as failing with the last error while the vendor is down and healthy
 * again on success, and words retry reasons as "Waiting for Stripe: ..." so the runs screen shows why an effect
 * waits. The call must pass {@link OutboxDelivery#idempotencyKey()} to the vendor, so a delivery repeated after a
 * lost answer happens once.
 */
@ProviderType
public interface ConnectorDeliveries {

    DeliveryResult deliver(OutboxDelivery delivery, String connectorId, ConnectorCall call);
}
