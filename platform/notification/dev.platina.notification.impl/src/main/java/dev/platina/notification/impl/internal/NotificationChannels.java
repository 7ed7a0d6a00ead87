package dev.platina.notification.impl.internal;

import dev.platina.notification.api.NotificationChannel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notification channels registered now (web push, e-mail, and what connectors add), by name. */
@Component(service = NotificationChannels.class)
public final class NotificationChannels {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationChannels.class);

    private final Map<String, NotificationChannel> byName = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChannel(NotificationChannel channel) {
        if (byName.putIfAbsent(channel.name(), channel) != null) {
            LOG.warn("Ignoring a second notification channel named '{}' ({})", channel.name(),
                    channel.getClass().getName());
        }
    }

    void removeChannel(NotificationChannel channel) {
        byName.remove(channel.name(), channel);
    }

    Optional<NotificationChannel> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    List<NotificationChannel> all() {
        return byName.values().stream().sorted(Comparator.comparing(NotificationChannel::name)).toList();
    }
}
