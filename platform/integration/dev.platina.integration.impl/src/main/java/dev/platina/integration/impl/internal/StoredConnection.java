package dev.platina.integration.impl.internal;

import dev.platina.integration.api.Connection;
import dev.platina.persistence.api.TenantId;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A connection with its secrets open in memory, for the connector's code; its text form shows no secret. */
final class StoredConnection implements Connection {

    private final ConnectionRow row;
    private final Map<String, String> settings;
    private final Map<String, String> secrets;
    private final Connections connections;

    StoredConnection(ConnectionRow row, Map<String, String> settings, Map<String, String> secrets,
            Connections connections) {
        this.row = row;
        this.settings = Map.copyOf(settings);
        this.secrets = Map.copyOf(secrets);
        this.connections = connections;
    }

    @Override
    public TenantId organization() {
        return row.organization();
    }

    @Override
    public String connectorId() {
        return row.connector();
    }

    @Override
    public UUID id() {
        return row.id();
    }

    @Override
    public Map<String, String> settings() {
        return settings;
    }

    @Override
    public Optional<String> secret(String name) {
        return Optional.ofNullable(secrets.get(name)).filter(value -> !value.isEmpty());
    }

    @Override
    public String accessToken() throws IOException {
        return connections.accessToken(this, null);
    }

    @Override
    public String accessTokenAfterRefusal(String refused) throws IOException {
        return connections.accessToken(this, refused);
    }

    @Override
    public Optional<String> tokenAnswer(String field) {
        return connections.tokenAnswer(this, field);
    }

    @Override
    public void auditRefusal(String what, String reason, Map<String, String> details) {
        connections.auditRefusal(this, what, reason, details);
    }

    @Override
    public void healthy() {
        connections.healthy(row.organization(), row.id());
    }

    @Override
    public void failed(String plainWords) {
        connections.failed(row.organization(), row.id(), plainWords);
    }

    ConnectionRow row() {
        return row;
    }

    @Override
    public String toString() {
        return "Connection[" + row.connector() + " " + row.id() + " of " + row.organization() + "]";
    }
}
