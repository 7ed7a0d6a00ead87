package dev.platina.integration.api;

import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One organisation's connection to one connector, as the connector's code sees it while acting for that
 * organisation. Secrets are unsealed only in memory for as long as this object lives; never log or store them.
 */
@ProviderType
public interface Connection {

    TenantId organization();

    String connectorId();

    UUID id();

    /** The values of the connector's non-secret fields (defaults filled in). */
    Map<String, String> settings();

    default Optional<String> setting(String name) {
        return Optional.ofNullable(settings().get(name));
    }

    /** The value of a secret field, if one was entered. */
    Optional<String> secret(String name);

    /**
     * The OAuth 2.0 access token, refreshed with the refresh token first when it expired or is about to.
     *
     * @throws NeedsAuthorisationException when the connector does not use OAuth 2.0, was never authorised, or the
     *     vendor refused the refresh (the connection is then marked as needing authorisation again)
     * @throws IOException when the vendor's token endpoint could not be reached
     */
    String accessToken() throws IOException;

    /**
     * A new OAuth 2.0 access token after the vendor refused {@code refused} (401) before the time it was said to
     * expire, or without any time given (Salesforce ends sessions after a timeout of the organisation's own):
     * refreshes it with the refresh token, unless another call already replaced it, and answers the current one.
     *
     * @throws NeedsAuthorisationException as {@link #accessToken()}
     */
    default String accessTokenAfterRefusal(String refused) throws IOException {
        return accessToken();
    }

    /**
     * A text field of the vendor's last OAuth 2.0 token answer other than the tokens, e.g. Salesforce's
     * {@code instance_url}; fields a refresh answer leaves out keep their earlier value. Empty before authorisation
     * and for connections with keys.
     */
    default Optional<String> tokenAnswer(String field) {
        return Optional.empty();
    }

    /**
     * Records in the organisation's audit trail that the connector refused a security-relevant request on this
     * connection, such as an approval click by someone other than the approver: action
     * {@code integration.<connector>.<what>}, outcome denied, with the reason and details (never secrets).
     */
    void auditRefusal(String what, String reason, Map<String, String> details);

    /** The connection works (a call succeeded): clears the last error and notes the time. */
    void healthy();

    /** The connection does not work right now; {@code plainWords} is shown to administrators as the last error. */
    void failed(String plainWords);
}
