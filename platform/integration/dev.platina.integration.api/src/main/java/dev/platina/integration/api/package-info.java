/**
 * The integration kit: {@link dev.platina.integration.api.Connector}s that skills register (whiteboard), each
 * organisation's {@link dev.platina.integration.api.Connection} to a connector (API keys or OAuth 2.0, secrets
 * sealed at rest) managed through the {@link dev.platina.integration.api.ConnectionService}, inbound deliveries
 * read by a connector's {@link dev.platina.integration.api.WebhookHandler} or fetched by its
 * {@link dev.platina.integration.api.PollingSource} and published as platform events, and
 * {@link dev.platina.integration.api.ConnectorDeliveries}, which guards the calls a connector's outbox channel makes
 * (circuit breaker, {@code Retry-After}, connection health).
 */
@Export
@Version("2.0.0")
package dev.platina.integration.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
