package dev.platina.integration.ui.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The state and actions of the Connections screen: cards in plain words, and connecting, authorising, checking and
 * disconnecting through the {@link ConnectionService} as the signed-in person (who needs {@code settings:write} to
 * change anything; the service checks it again).
 */
final class ConnectionsPresenter {

    /** How an action went: its message, and the fields to mark when it failed on them. */
    record Outcome(boolean ok, String message, Map<String, String> fieldErrors) {
    }

    /** Lends the connection service for one call (the OSGi service in the running platform). */
    interface ServiceAccess {
        <T> T call(Function<ConnectionService, T> work);
    }

    /** Where to send the browser, or why not. */
    record Authorisation(Optional<URI> authorizeUrl, Outcome failure) {
    }

    private final Caller caller;
    private final ServiceAccess service;
    private final String origin;
    private ZoneId zone = ZoneId.of("UTC");
    private final Locale locale;

    private <T> T call(Function<ConnectionService, T> work) {
        return service.call(work);
    }

    ConnectionsPresenter(Caller caller, ServiceAccess service, String origin, Locale locale) {
        this.caller = caller;
        this.service = service;
        this.origin = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        this.locale = locale;
    }

    /** Shows times in the reader's zone; true when that changed anything. */
    boolean inTimeZone(ZoneId readersZone) {
        boolean changed = !zone.normalized().equals(readersZone.normalized());
        this.zone = readersZone;
        return changed;
    }

    List<ConnectorCard> cards() {
        List<ConnectorStatus> statuses = call(s -> s.list(caller));
        return statuses.stream().map(this::card).toList();
    }

    Outcome connect(String connectorId, Map<String, String> fields) {
        return attempt(() -> {
            ConnectorStatus status = call(s -> s.connect(caller, connectorId, fields));
            return status.connector().name() + " is connected.";
        });
    }

    /** The vendor's address to send the browser to; the vendor sends it back to the platform's callback. */
    /** Where vendors send administrators back after consent: registered as the OAuth client's redirect URI. */
    String callbackAddress() {
        return origin + "/api/v1/connections/oauth/callback";
    }

    Authorisation authorise(String connectorId, Map<String, String> fields) {
        URI callback = URI.create(callbackAddress());
        try {
            URI url = call(s -> s.authorise(caller, connectorId, fields, callback));
            return new Authorisation(Optional.of(url), new Outcome(true, "", Map.of()));
        } catch (InvalidInputException e) {
            return new Authorisation(Optional.empty(), new Outcome(false, e.getMessage(), e.fieldErrors()));
        } catch (RuntimeException e) {
            return new Authorisation(Optional.empty(), new Outcome(false, String.valueOf(e.getMessage()), Map.of()));
        }
    }

    Outcome check(String connectorId) {
        return attempt(() -> {
            ConnectorStatus status = call(s -> s.check(caller, connectorId));
            return status.state() == ConnectionState.CONNECTED ? status.connector().name() + " answered: it works."
                    : status.lastError().orElse(status.connector().name() + " does not work now.");
        });
    }

    Outcome disconnect(String connectorId) {
        return attempt(() -> {
            call(s -> {
                s.disconnect(caller, connectorId);
                return null;
            });
            return "Disconnected. Its secrets are deleted; actions waiting for it stay queued until it is connected"
                    + " again.";
        });
    }

    /** The words shown after the vendor sent the browser back ({@code ?outcome=...&message=...}). */
    static Optional<String> returnMessage(Map<String, List<String>> query) {
        List<String> message = query.getOrDefault("message", List.of());
        return message.isEmpty() ? Optional.empty() : Optional.of(message.get(0));
    }

    ConnectorCard card(ConnectorStatus s) {
        boolean connected = s.state() != ConnectionState.NOT_CONNECTED;
        return new ConnectorCard(s.connector().id(), s.connector().name(), s.connector().description(),
                label(s.state()), theme(s.state()),
                s.lastError().map(error -> "Last error" + s.lastErrorAt().map(at -> " (" + format(at) + ")")
                        .orElse("") + ": " + error),
                s.lastSuccessAt().map(at -> "Last worked " + format(at)),
                s.webhookPath().map(path -> origin + path),
                s.connector().fields(), List.copyOf(s.secretsSet()),
                s.connector().oauth2().map(client -> "Authorise with " + s.connector().name()),
                caller.has(Permission.SETTINGS_WRITE), connected);
    }

    static String label(ConnectionState state) {
        return switch (state) {
            case NOT_CONNECTED -> "Not connected";
            case CONNECTED -> "Connected";
            case FAILING -> "Failing";
            case NEEDS_AUTHORISATION -> "Needs authorisation";
        };
    }

    private static String theme(ConnectionState state) {
        return switch (state) {
            case NOT_CONNECTED -> "contrast";
            case CONNECTED -> "success";
            case FAILING, NEEDS_AUTHORISATION -> "error";
        };
    }

    private String format(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(at);
    }

    private Outcome attempt(java.util.function.Supplier<String> action) {
        try {
            return new Outcome(true, action.get(), Map.of());
        } catch (InvalidInputException e) {
            return new Outcome(false, e.getMessage(), e.fieldErrors());
        } catch (RuntimeException e) {
            return new Outcome(false, e.getMessage() == null ? "That did not work." : e.getMessage(), Map.of());
        }
    }
}
