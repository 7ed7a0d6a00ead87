package dev.platina.integration.impl.internal;

import dev.platina.integration.api.Connection;
import dev.platina.integration.api.NeedsAuthorisationException;
import dev.platina.persistence.api.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A connection with the values an administrator entered, as the kit hands it to a connector, its channel or its
 * webhook handler, for connector skills' tests (through the test jar) that need no database: what a skill reads of
 * a connection is just these values. It has no OAuth 2.0 grant; health reports are dropped.
 */
public record EnteredConnection(String connectorId, UUID id, Map<String, String> settings,
        Map<String, String> secrets) implements Connection {

    @Override
    public TenantId organization() {
        return new TenantId(UUID.nameUUIDFromBytes(id.toString().getBytes()));
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name));
    }

    @Override
    public String accessToken() throws NeedsAuthorisationException {
        throw new NeedsAuthorisationException(connectorId + " was connected without OAuth 2.0");
    }

    @Override
    public void healthy() {
    }

    @Override
    public void failed(String plainWords) {
    }

    @Override
    public void auditRefusal(String what, String reason, Map<String, String> details) {
        throw new UnsupportedOperationException("This stand-in keeps no audit trail");
    }
}
