package dev.platina.integration.impl.internal;

import dev.platina.integration.api.Connector;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.api.WebhookHandler;
import java.util.Comparator;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The connectors, webhook handlers and polling sources skills have registered right now, by connector id. */
@Component(service = ConnectorRegistry.class)
public final class ConnectorRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRegistry.class);

    /** Stands for "registered outside OSGi" (tests), where no bundle owns a connector. */
    static final long NO_BUNDLE = -1;

    private final Map<String, Connector> connectors = new ConcurrentHashMap<>();
    private final Map<String, Long> owners = new ConcurrentHashMap<>();
    private final Map<String, WebhookHandler> handlers = new ConcurrentHashMap<>();
    private final List<PollingSource> sources = new CopyOnWriteArrayList<>();
    private volatile Consumer<PollingSource> whenSourceAdded = source -> {
    };

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addConnector(Connector connector, ServiceReference<Connector> reference) {
        Bundle bundle = reference == null ? null : reference.getBundle();
        add(connector, bundle == null ? NO_BUNDLE : bundle.getBundleId());
    }

    void removeConnector(Connector connector) {
        if (connectors.remove(connector.descriptor().id(), connector)) {
            owners.remove(connector.descriptor().id());
        }
    }

    /** Registers a connector outside OSGi (tests); not a bind method, so DS always passes the reference. */
    public void register(Connector connector) {
        add(connector, NO_BUNDLE);
    }

    private void add(Connector connector, long bundleId) {
        String id = connector.descriptor().id();
        if (connectors.putIfAbsent(id, connector) != null) {
            LOG.warn("Ignoring a second connector with the id '{}' ({})", id, connector.getClass().getName());
        } else {
            owners.put(id, bundleId);
        }
    }

    /**
     * Whether code of this bundle may act for the connector's connections without a caller: only the bundle that
     * registered the connector (its skill) may, so one skill never reads another connector's secrets. A null bundle
     * is code outside OSGi (tests).
     */
    boolean mayActFor(Bundle bundle, String connectorId) {
        Long owner = owners.get(connectorId);
        return owner != null && (bundle == null || owner == NO_BUNDLE || owner == bundle.getBundleId());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addWebhookHandler(WebhookHandler handler) {
        if (handlers.putIfAbsent(handler.connectorId(), handler) != null) {
            LOG.warn("Ignoring a second webhook handler for '{}'", handler.connectorId());
        }
    }

    public void removeWebhookHandler(WebhookHandler handler) {
        handlers.remove(handler.connectorId(), handler);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addPollingSource(PollingSource source) {
        sources.add(source);
        whenSourceAdded.accept(source);
    }

    public void removePollingSource(PollingSource source) {
        sources.remove(source);
    }

    void whenSourceAdded(Consumer<PollingSource> listener) {
        this.whenSourceAdded = listener;
    }

    Optional<Connector> connector(String id) {
        return Optional.ofNullable(id == null ? null : connectors.get(id));
    }

    List<Connector> connectors() {
        return connectors.values().stream()
                .sorted(Comparator.comparing(c -> c.descriptor().name().toLowerCase()))
                .toList();
    }

    Optional<WebhookHandler> webhookHandler(String connectorId) {
        return Optional.ofNullable(connectorId == null ? null : handlers.get(connectorId));
    }

    List<PollingSource> pollingSources() {
        return List.copyOf(sources);
    }

    /** The connector's vendor name for messages ("Waiting for Stripe: ..."), or its id when it is gone. */
    String vendorName(String connectorId) {
        return connector(connectorId).map(c -> c.descriptor().name()).orElse(connectorId);
    }
}
