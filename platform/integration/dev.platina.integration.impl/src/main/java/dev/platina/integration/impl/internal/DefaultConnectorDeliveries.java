package dev.platina.integration.impl.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.ConnectorCall;
import dev.platina.integration.api.ConnectorDeliveries;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Guards connectors' outbound calls per connection: a circuit breaker (five failures in a row pause the
 * connection thirty seconds, then one trial), the vendor's {@code Retry-After}, and the connection's health, with
 * every waiting reason worded "Waiting for &lt;vendor&gt;: ...".
 */
@Component(service = ConnectorDeliveries.class, scope = ServiceScope.BUNDLE)
public final class DefaultConnectorDeliveries implements ConnectorDeliveries {

    static final int FAILURES_TO_OPEN = 5;
    static final Duration PAUSE = Duration.ofSeconds(30);
    /** How long a message waits while its organisation's credentials are refused, before it is tried again. */
    static final Duration CREDENTIALS_PAUSE = Duration.ofMinutes(5);

    private final Connections connections;
    private final Duration pause;
    private final Clock clock;
    private final Bundle user;
    private final Map<UUID, CircuitBreaker> breakers;

    @Activate
    public DefaultConnectorDeliveries(@Reference Connections connections, ComponentContext context) {
        this(connections, PAUSE, Clock.systemUTC(), context.getUsingBundle());
    }

    DefaultConnectorDeliveries(Connections connections, Duration pause, Clock clock) {
        this(connections, pause, clock, null);
    }

    DefaultConnectorDeliveries(Connections connections, Duration pause, Clock clock, Bundle user) {
        this.connections = connections;
        this.user = user;
        this.breakers = connections.breakers();
        this.pause = pause;
        this.clock = clock;
    }

    @Override
    public DeliveryResult deliver(OutboxDelivery delivery, String connectorId, ConnectorCall call) {
        String vendor = connections.registry().vendorName(connectorId);
        String waiting = "Waiting for " + vendor + ": ";
        if (!connections.registry().mayActFor(user, connectorId)) {
            // A channel may deliver only for the connector its own bundle registered (or one not installed yet).
            return DeliveryResult.retry(waiting + "the connector '" + connectorId + "' is not installed, or"
                    + " this channel does not belong to it.", Optional.empty());
        }
        var found = connections.transactions().inTenant(delivery.organization(),
                c -> ConnectionStore.byConnector(c, connectorId));
        if (found.isEmpty()) {
            return DeliveryResult.retry(waiting + vendor + " is not connected for this organisation; an"
                    + " administrator can connect it under Settings > Connections.", Optional.empty());
        }
        StoredConnection connection = connections.open(found.get());
        CircuitBreaker breaker = breakers.computeIfAbsent(connection.id(),
                id -> new CircuitBreaker(FAILURES_TO_OPEN, pause, clock));
        Optional<Duration> wait = breaker.permit();
        if (wait.isPresent()) {
            return DeliveryResult.retry(waiting + "paused after " + FAILURES_TO_OPEN + " failed calls in a row ("
                    + found.get().lastError().orElse("no answer") + "); trying again in "
                    + Math.max(1, wait.get().toSeconds()) + " s.", wait);
        }
        CallResult result;
        try {
            result = call.call(connection);
            if (result == null) {
                result = CallResult.unavailable("the call gave no result", Optional.empty());
            }
        } catch (NeedsAuthorisationException e) {
            breaker.inconclusive();
            return DeliveryResult.retry(waiting + e.getMessage(), Optional.of(CREDENTIALS_PAUSE));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            breaker.inconclusive();
            return DeliveryResult.retry(waiting + "the delivery was interrupted.", Optional.empty());
        } catch (Exception e) {
            result = CallResult.unavailable(vendor + " could not be reached (" + describe(e) + ")",
                    Optional.empty());
        }
        return settle(result, connection, breaker, vendor, waiting);
    }

    private DeliveryResult settle(CallResult result, StoredConnection connection, CircuitBreaker breaker,
            String vendor, String waiting) {
        switch (result.kind()) {
            case DONE -> {
                boolean wasFailing = breaker.failuresInARow() > 0
                        || connection.row().state() != dev.platina.integration.api.ConnectionState.CONNECTED
                        || connection.row().lastSuccessAt().isEmpty();
                breaker.succeeded();
                if (wasFailing || connection.row().lastSuccessAt().map(at -> at.isBefore(clock.instant()
                        .minus(Duration.ofMinutes(1)))).orElse(true)) {
                    connection.healthy();
                }
                return DeliveryResult.delivered(result.receipt());
            }
            case REFUSED -> {
                breaker.succeeded();
                return DeliveryResult.refused(vendor + " refused it: " + result.message());
            }
            case THROTTLED -> {
                breaker.inconclusive();
                return DeliveryResult.retry(waiting + "too many requests (" + result.message() + ")"
                        + result.retryAfter().map(d -> "; " + vendor + " asked to wait " + d.toSeconds() + " s.")
                                .orElse("."), result.retryAfter());
            }
            case CREDENTIALS_REFUSED -> {
                breaker.failed();
                String message = vendor + " refused the credentials: " + result.message();
                connection.failed(message);
                return DeliveryResult.retry(waiting + message + " An administrator can fix them under"
                        + " Settings > Connections.", Optional.of(CREDENTIALS_PAUSE));
            }
            default -> {
                boolean open = breaker.failed();
                connection.failed(result.message());
                Optional<Duration> after = result.retryAfter().or(() -> open ? Optional.of(pause)
                        : Optional.empty());
                return DeliveryResult.retry(waiting + result.message(), after);
            }
        }
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
