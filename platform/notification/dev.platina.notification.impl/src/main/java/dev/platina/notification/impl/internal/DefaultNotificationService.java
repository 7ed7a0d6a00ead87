package dev.platina.notification.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.UserService;
import dev.platina.notification.api.Notification;
import dev.platina.notification.api.NotificationChannel;
import dev.platina.notification.api.NotificationPreferences;
import dev.platina.notification.api.NotificationService;
import dev.platina.notification.api.Recipient;
import dev.platina.persistence.api.TenantTransactions;
import dev.platina.workflow.api.Outbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Queues a notification on every channel that reaches the person and that they did not mute, each as its own
 * outbox message (so a channel that is down delays only itself), held back until their quiet hours end.
 */
@Component(service = NotificationService.class)
public final class DefaultNotificationService implements NotificationService {

    static final int LONGEST_TITLE = 200;
    static final int LONGEST_BODY = 2000;

    private final NotificationChannels channels;
    private final Outbox outbox;
    private final TenantTransactions transactions;
    private final RecipientDirectory directory;
    private final PreferenceStore preferences = new PreferenceStore();
    private final AuditLog audit;

    @Activate
    public DefaultNotificationService(@Reference NotificationChannels channels, @Reference Outbox outbox,
            @Reference TenantTransactions transactions, @Reference UserService users,
            @Reference OrganizationService organizations, @Reference AuditLog audit) {
        this.channels = channels;
        this.outbox = outbox;
        this.transactions = transactions;
        this.directory = new RecipientDirectory(users, organizations);
        this.audit = audit;
    }

    @Override
    public List<String> notify(Caller sender, UUID userId, Notification notification, String idempotencyKey) {
        if (notification.title().length() > LONGEST_TITLE || notification.body().length() > LONGEST_BODY) {
            throw InvalidInputException.of("notification", "the title may have " + LONGEST_TITLE
                    + " characters and the body " + LONGEST_BODY);
        }
        Optional<Recipient> recipient = directory.find(sender.organization(), userId);
        if (recipient.isEmpty()) {
            return List.of();
        }
        NotificationPreferences wanted = transactions.inTenant(sender.organization(),
                c -> preferences.of(c, userId));
        Instant notBefore = QuietHours.notBefore(wanted, Instant.now());
        var queued = new ArrayList<String>();
        for (NotificationChannel channel : channels.all()) {
            if (wanted.mutedChannels().contains(channel.name()) || !channel.reaches(recipient.get())) {
                continue;
            }
            boolean fresh = outbox.enqueue(sender, NotificationDelivery.OUTBOX_CHANNEL, idempotencyKey + "/"
                    + channel.name(), Map.of("channel", channel.name(), "userId", userId.toString(),
                            "notification", notification.toMap()), notBefore);
            if (fresh) {
                queued.add(channel.name());
                audit.record(AuditEvents.by(sender, "notification.queue").target("user", userId.toString())
                        .detail("channel", channel.name()).detail("kind", notification.kind())
                        .detail("notBefore", notBefore.toString()).build());
            }
        }
        return queued;
    }

    @Override
    public NotificationPreferences preferences(Caller caller) {
        return transactions.inTenant(caller.organization(), c -> preferences.of(c, person(caller)));
    }

    @Override
    public NotificationPreferences updatePreferences(Caller caller, NotificationPreferences wanted) {
        UUID userId = person(caller);
        NotificationPreferences saved = transactions.inTenant(caller.organization(), c -> {
            preferences.save(c, caller.organization(), userId, wanted);
            return preferences.of(c, userId);
        });
        audit.record(AuditEvents.by(caller, "notification.preferences.update").target("user", userId.toString())
                .detail("muted", String.join(",", saved.mutedChannels()))
                .detail("quietHours", saved.quietFrom().map(from -> from + "-" + saved.quietUntil().orElseThrow()
                        + " " + saved.timeZone()).orElse("none")).build());
        return saved;
    }

    @Override
    public List<ChannelInfo> channels() {
        return channels.all().stream().map(channel -> new ChannelInfo(channel.name(), channel.description())).toList();
    }

    private static UUID person(Caller caller) {
        if (caller.userId() == null) {
            throw InvalidInputException.of("caller", "notification preferences belong to a person; sign in as one");
        }
        return caller.userId();
    }
}
