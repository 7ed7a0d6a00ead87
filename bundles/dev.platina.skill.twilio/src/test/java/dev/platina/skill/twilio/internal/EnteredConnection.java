package dev.platina.skill.twilio.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A connection with the values an administrator entered, as the kit hands it to the skill's webhook handler (the
 * kit's own one needs its database; what the handler reads of it is just these values).
 */
record EnteredConnection(UUID id, Map<String, String> settings, Map<String, String> secrets) implements Connection {

    @Override
    public TenantId organization() {
        return new TenantId(UUID.nameUUIDFromBytes(id.toString().getBytes()));
    }

    @Override
    public String connectorId() {
        return TwilioConnector.ID;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() throws NeedsAuthorisationException {
        throw new NeedsAuthorisationException("Twilio connects with an Auth Token, not OAuth 2.0");
    }

    @Override
    public void healthy() {
    }

    @Override
    public void failed(String plainWords) {
    }
}
