package dev.platina.notification.impl.internal;

import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.rest.RequestCallers;
import dev.platina.notification.api.NotificationPreferences;
import dev.platina.notification.api.NotificationService;
import dev.platina.rest.PlatinaApi;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * The signed-in person's notification preferences: channels they muted, quiet hours (from-until, "HH:mm", in
 * their time zone) during which notifications wait, and the channels the installation offers.
 */
@Component(service = PreferencesResource.class)
@JaxrsResource
@JaxrsApplicationSelect(PlatinaApi.APPLICATION_SELECT)
@Path("v1/me/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PreferencesResource {

    /** Quiet hours, e.g. 22:00-07:00. */
    public record QuietHoursView(String from, String until) {
    }

    /** A channel the person can mute. */
    public record ChannelView(String name, String description) {
    }

    /** The preferences, with the channels there are. */
    public record PreferencesView(List<String> mutedChannels, QuietHoursView quietHours, String timeZone,
            List<ChannelView> channels) {
    }

    private final NotificationService notifications;

    @Activate
    public PreferencesResource(@Reference NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    public PreferencesView get(@Context SecurityContext security) {
        return view(notifications.preferences(RequestCallers.of(security)));
    }

    @PUT
    public PreferencesView replace(PreferencesView body, @Context SecurityContext security) {
        if (body == null) {
            throw InvalidInputException.of("body", "send mutedChannels, quietHours (or null) and timeZone");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(body.timeZone() == null ? "UTC" : body.timeZone());
        } catch (DateTimeException e) {
            throw InvalidInputException.of("timeZone", "'" + body.timeZone() + "' is not a time zone such as"
                    + " Europe/Berlin");
        }
        Set<String> known = notifications.channels().stream().map(NotificationService.ChannelInfo::name)
                .collect(java.util.stream.Collectors.toSet());
        List<String> muted = body.mutedChannels() == null ? List.of() : body.mutedChannels();
        for (String channel : muted) {
            if (!known.contains(channel)) {
                throw InvalidInputException.of("mutedChannels", "'" + channel + "' is not a channel; there are "
                        + String.join(", ", known));
            }
        }
        Optional<LocalTime> from = Optional.empty();
        Optional<LocalTime> until = Optional.empty();
        if (body.quietHours() != null) {
            from = Optional.of(time("quietHours.from", body.quietHours().from()));
            until = Optional.of(time("quietHours.until", body.quietHours().until()));
        }
        return view(notifications.updatePreferences(RequestCallers.of(security), new NotificationPreferences(
                Set.copyOf(muted), from, until, zone)));
    }

    private static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "'" + text + "' is not a time such as 22:00");
        }
    }

    private PreferencesView view(NotificationPreferences preferences) {
        return new PreferencesView(preferences.mutedChannels().stream().sorted().toList(),
                preferences.quietFrom().map(from -> new QuietHoursView(from.toString(),
                        preferences.quietUntil().orElseThrow().toString())).orElse(null),
                preferences.timeZone().getId(), notifications.channels().stream().map(channel -> new ChannelView(
                        channel.name(), channel.description())).toList());
    }
}
