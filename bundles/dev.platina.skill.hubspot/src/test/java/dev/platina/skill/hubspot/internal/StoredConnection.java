package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A connection with the values an administrator entered, as the kit hands it to the skill (the kit's own one needs
 * its database; what the skill reads of it is just these values).
 */
record StoredConnection(UUID id, Map<String, String> settings, Map<String, String> secrets) implements Connection {
    static StoredConnection to(HubSpotPeer peer) {
        return new StoredConnection(UUID.randomUUID(), Map.of(HubSpotConnector.BASE_URL, peer.baseUrl()),
                Map.of(HubSpotConnector.ACCESS_TOKEN, HubSpotPeer.TOKEN));
    }

    @Override
    public TenantId organization() {
        return new TenantId(UUID.nameUUIDFromBytes(id.toString().getBytes()));
    }

    @Override
    public String connectorId() {
        return HubSpotConnector.ID;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() throws NeedsAuthorisationException {
        throw new NeedsAuthorisationException("HubSpot connects with a private app token, not OAuth 2.0");
    }

    @Override
    public void healthy() {
    }

    @Override
    public void failed(String plainWords) {
    }
}
