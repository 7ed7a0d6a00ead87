package dev.platina.integration.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.integration.api.AuthorisationOutcome;
import dev.platina.integration.api.CheckResult;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.Connector;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.persistence.api.TenantId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** Connecting, checking and disconnecting, with permission checks and an audit record for every change. */
@Component(service = ConnectionService.class, scope = ServiceScope.BUNDLE)
public final class DefaultConnectionService implements ConnectionService {

    private final Connections connections;
    /** The bundle this instance serves; null outside OSGi. */
    private final Bundle user;
    private final OAuthAuthorisations authorisations;
    private final PermissionGuard guard;
    private final AuditLog audit;

    @Activate
    public DefaultConnectionService(@Reference Connections connections, @Reference AuditLog audit,
            ComponentContext context) {
        this(connections, audit, context.getUsingBundle());
    }

    public DefaultConnectionService(Connections connections, AuditLog audit) {
        this(connections, audit, (Bundle) null);
    }

    DefaultConnectionService(Connections connections, AuditLog audit, Bundle user) {
        this.connections = connections;
        this.user = user;
        this.authorisations = new OAuthAuthorisations(connections, audit);
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public List<ConnectorStatus> list(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "integration.list", "connection", null);
        Map<String, ConnectionRow> rows = connections.transactions().inTenant(caller.organization(),
                c -> ConnectionStore.all(c)).stream().collect(Collectors.toMap(ConnectionRow::connector, r -> r));
        return connections.registry().connectors().stream()
                .map(connector -> status(connector, Optional.ofNullable(rows.get(connector.descriptor().id()))))
                .toList();
    }

    @Override
    public ConnectorStatus status(Caller caller, String connectorId) {
        guard.require(caller, Permission.WORKFLOWS_READ, "integration.read", "connector", connectorId);
        Connector connector = connector(connectorId);
        return status(connector, row(caller.organization(), connectorId));
    }

    @Override
    public ConnectorStatus connect(Caller caller, String connectorId, Map<String, String> fields) {
        guard.require(caller, Permission.SETTINGS_WRITE, "integration.connect", "connector", connectorId);
        Connector connector = connector(connectorId);
        Optional<ConnectionRow> stored = row(caller.organization(), connectorId);
        ConnectionForm form = ConnectionForm.read(connector.descriptor(), fields, stored.map(this::secretsOf)
                .orElse(Map.of()));
        refusePrivateAddresses(caller, "integration.connect", connector, form);
        var candidate = new ConnectionRow(stored.map(ConnectionRow::id).orElseGet(UUID::randomUUID),
                caller.organization(), connectorId, form.settings(), null, null, Optional.empty(),
                ConnectionState.CONNECTED, Optional.empty(), Optional.empty(), Optional.empty(), Instant.now(),
                caller.username());
        CheckResult check = check(connector, new StoredConnection(candidate,
                connections.withDefaults(connectorId, form.settings()), form.secrets(), connections));
        if (!check.ok()) {
            audit.record(AuditEvents.by(caller, "integration.connect").target("connector", connectorId)
                    .outcome(AuditOutcome.FAILURE).detail("reason", check.message()).build());
            throw InvalidInputException.of(check.field().orElse("connection"), check.message());
        }
        save(caller, connectorId, form, ConnectionState.CONNECTED);
        audit.record(AuditEvents.by(caller, "integration.connect").target("connector", connectorId)
                .detail("settings", form.settings().keySet()).detail("secrets", form.secrets().keySet())
                .detail("check", check.message()).build());
        return status(connector, row(caller.organization(), connectorId));
    }

    @Override
    public ConnectorStatus check(Caller caller, String connectorId) {
        guard.require(caller, Permission.SETTINGS_WRITE, "integration.check", "connector", connectorId);
        Connector connector = connector(connectorId);
        ConnectionRow row = row(caller.organization(), connectorId).orElseThrow(() -> new NotFoundException(
                connector.descriptor().name() + " is not connected"));
        StoredConnection connection = connections.open(row);
        CheckResult check = check(connector, connection);
        if (check.ok()) {
            connection.healthy();
        } else {
            connection.failed(check.message());
        }
        audit.record(AuditEvents.by(caller, "integration.check").target("connector", connectorId)
                .outcome(check.ok() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .detail("result", check.message()).build());
        return status(connector, row(caller.organization(), connectorId));
    }

    @Override
    public URI authorise(Caller caller, String connectorId, Map<String, String> fields, URI redirectUri) {
        guard.require(caller, Permission.SETTINGS_WRITE, "integration.authorise", "connector", connectorId);
        Connector connector = connector(connectorId);
        Optional<ConnectionRow> stored = row(caller.organization(), connectorId);
        ConnectionForm form = ConnectionForm.read(connector.descriptor(), fields, stored.map(this::secretsOf)
                .orElse(Map.of()));
        refusePrivateAddresses(caller, "integration.authorise", connector, form);
        return authorisations.start(caller, connector.descriptor(), form, redirectUri,
                () -> save(caller, connectorId, form, ConnectionState.NEEDS_AUTHORISATION));
    }

    /** Before anything is called or stored: an entered address must not reach this machine or a private network. */
    private void refusePrivateAddresses(Caller caller, String action, Connector connector, ConnectionForm form) {
        Optional<Map.Entry<String, String>> refused = connections.addresses().refusal(connector.descriptor(),
                form.settings());
        if (refused.isPresent()) {
            audit.record(AuditEvents.by(caller, action).target("connector", connector.descriptor().id())
                    .outcome(AuditOutcome.DENIED).detail("field", refused.get().getKey())
                    .detail("reason", refused.get().getValue()).build());
            throw InvalidInputException.of(refused.get().getKey(), refused.get().getValue());
        }
    }

    @Override
    public AuthorisationOutcome completeAuthorisation(String state, String code, String error) {
        return authorisations.complete(state, code, error, this::checkQuietly);
    }

    @Override
    public void disconnect(Caller caller, String connectorId) {
        guard.require(caller, Permission.SETTINGS_WRITE, "integration.disconnect", "connector", connectorId);
        boolean removed = connections.transactions().inTenant(caller.organization(),
                c -> ConnectionStore.delete(c, connectorId));
        if (removed) {
            audit.record(AuditEvents.by(caller, "integration.disconnect").target("connector", connectorId).build());
        }
    }

    @Override
    public Optional<Connection> connection(TenantId organization, String connectorId) {
        if (!connections.registry().mayActFor(user, connectorId)) {
            return Optional.empty();
        }
        return connections.of(organization, connectorId);
    }

    private void checkQuietly(StoredConnection connection) {
        connections.registry().connector(connection.connectorId()).ifPresent(connector -> {
            CheckResult check = check(connector, connection);
            if (check.ok()) {
                connection.healthy();
            } else {
                connection.failed(check.message());
            }
        });
    }

    private void save(Caller caller, String connectorId, ConnectionForm form, ConnectionState state) {
        byte[] secrets = connections.sealed().seal(caller.organization(), connectorId, Connections.SECRETS,
                form.secrets());
        connections.transactions().inTenant(caller.organization(), c -> ConnectionStore.save(c,
                caller.organization(), connectorId, form.settings(), secrets, state, caller.username(), true));
    }

    static CheckResult check(Connector connector, Connection connection) {
        try {
            CheckResult result = connector.check(connection);
            return result == null ? CheckResult.failed("The check of " + connector.descriptor().name()
                    + " gave no answer.") : result;
        } catch (Exception e) {
            return CheckResult.failed("Could not reach " + connector.descriptor().name() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private Map<String, String> secretsOf(ConnectionRow row) {
        return connections.sealed().open(row.organization(), row.connector(), Connections.SECRETS, row.secrets());
    }

    private Connector connector(String connectorId) {
        return connections.registry().connector(connectorId).orElseThrow(() -> new NotFoundException(
                "Connector " + connectorId));
    }

    private Optional<ConnectionRow> row(TenantId organization, String connectorId) {
        return connections.transactions().inTenant(organization, c -> ConnectionStore.byConnector(c, connectorId));
    }

    private ConnectorStatus status(Connector connector, Optional<ConnectionRow> row) {
        String id = connector.descriptor().id();
        if (row.isEmpty()) {
            return new ConnectorStatus(connector.descriptor(), ConnectionState.NOT_CONNECTED, Optional.empty(),
                    Map.of(), java.util.Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty());
        }
        ConnectionRow r = row.get();
        Optional<String> webhookPath = connections.registry().webhookHandler(id)
                .map(handler -> "/api/v1/hooks/" + id + "/" + r.id());
        return new ConnectorStatus(connector.descriptor(), r.state(), Optional.of(r.id()),
                connections.withDefaults(id, r.settings()), secretsOf(r).keySet(), r.lastError(), r.lastErrorAt(),
                r.lastSuccessAt(), Optional.of(r.connectedAt()), Optional.of(r.connectedBy()), webhookPath);
    }
}
