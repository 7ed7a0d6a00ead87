package dev.platina.integration.api;

import dev.platina.identity.api.Caller;
import dev.platina.persistence.api.TenantId;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Each organisation's connections to the registered connectors. Reading needs {@code workflows:read}; connecting,
 * checking, authorising and disconnecting need {@code settings:write} and are audited
 * ({@code integration.connect}, {@code integration.check}, {@code integration.authorise},
 * {@code integration.disconnect}; never with a secret).
 */
@ProviderType
public interface ConnectionService {

    /** Every registered connector with the caller's organisation's state, by name. */
    List<ConnectorStatus> list(Caller caller);

    /** @throws dev.platina.core.api.NotFoundException when no such connector is registered */
    ConnectorStatus status(Caller caller, String connectorId);

    /**
     * Connects with the fields entered (or replaces them): the connector's {@link Connector#check} must pass
     * before anything is stored. A secret field left out or empty keeps the value stored before, so a form need not
     * show secrets again. Secrets are sealed bound to the organisation and connector.
     *
     * @throws dev.platina.core.api.InvalidInputException naming the fields that are missing or unknown, or the field
     *     the check found wrong (the check's words), or {@code connection} for a failed check without a field
     */
    ConnectorStatus connect(Caller caller, String connectorId, Map<String, String> fields);

    /** Runs the connector's check on the stored connection now and records the outcome. */
    ConnectorStatus check(Caller caller, String connectorId);

    /**
     * Starts OAuth 2.0 authorisation: stores the fields (client id and secret among them) and returns the vendor's
     * authorize URL to send the administrator's browser to, with PKCE and a single-use {@code state} bound to the
     * organisation, connector and caller that expires after ten minutes. The vendor sends the browser back to
     * {@code redirectUri}, which must call {@link #completeAuthorisation}.
     *
     * @throws dev.platina.core.api.ConflictException when the connector does not use OAuth 2.0
     */
    URI authorise(Caller caller, String connectorId, Map<String, String> fields, URI redirectUri);

    /**
     * Completes an authorisation when the vendor sends the browser back (no caller: the {@code state} identifies
     * the organisation and the administrator who started it). Exchanges {@code code} for tokens; an unknown, used
     * or expired state, or a vendor's {@code error}, answers a failed outcome.
     */
    AuthorisationOutcome completeAuthorisation(String state, String code, String error);

    /** Removes the connection and its secrets; inbound deliveries for it are refused from then on. */
    void disconnect(Caller caller, String connectorId);

    /**
     * The organisation's working connection to a connector, for the platform's own use (deliveries, polling,
     * webhooks) where no caller is at hand; empty when it is not connected.
     */
    Optional<Connection> connection(TenantId organization, String connectorId);
}
