package dev.platina.workflow.engine.internal;

import dev.platina.workflow.api.OutboxChannel;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The outbox channels registered right now, by name; messages of a missing channel wait for it. */
@Component(service = ChannelRegistry.class)
public final class ChannelRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRegistry.class);

    private final Map<String, OutboxChannel> byName = new ConcurrentHashMap<>();
    private volatile Consumer<String> whenAdded = name -> {
    };

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(OutboxChannel channel) {
        OutboxChannel previous = byName.putIfAbsent(channel.name(), channel);
        if (previous != null) {
            LOG.warn("Ignoring a second outbox channel named '{}' ({})", channel.name(), channel.getClass().getName());
        } else {
            whenAdded.accept(channel.name());
        }
    }

    /** Tells the relay when a channel arrives, so messages waiting for it go out at once. */
    void whenAdded(Consumer<String> listener) {
        this.whenAdded = listener;
    }

    void removeChannel(OutboxChannel channel) {
        byName.remove(channel.name(), channel);
    }

    Optional<OutboxChannel> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
