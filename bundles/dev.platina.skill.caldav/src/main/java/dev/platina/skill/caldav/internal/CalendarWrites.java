package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.CallResult;
import dev.platina.integration.api.QueuedWrite;
import dev.platina.integration.api.VendorAnswer;
import dev.platina.skill.caldav.internal.CalDavClient.Precondition;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The three writes the steps queue, each safe to repeat after a lost answer:
 * <ul>
 * <li>create: a PUT with {@code If-None-Match: *} of the UID decided when the step ran; a 412 over our own event
 * means an earlier try got through;</li>
 * <li>update: a PUT with {@code If-Match} of the ETag the workflow read. The conflict rule: when the calendar's copy
 * changed since (its ETag differs, or the server answers 412), the calendar's version wins and the change is refused
 * naming the conflict, unless the calendar already holds exactly this change (an earlier try got through);</li>
 * <li>delete: a DELETE, with {@code If-Match} when an ETag was given (same conflict rule); an event already gone
 * counts as deleted.</li>
 * </ul>
 */
final class CalendarWrites {
    private final CalDavClient calendar;
    private final ZoneId floating;

    CalendarWrites(CalDavClient calendar, ZoneId floating) {
        this.calendar = calendar;
        this.floating = floating;
    }

    CallResult create(QueuedWrite write) throws IOException, InterruptedException {
        String uid = write.text("uid");
        Optional<String> href = href(write, uid);
        if (href.isEmpty()) {
            return outsideCalendar(write);
        }
        String resource = ICalendarWriter.newEvent(uid, EventChange.of(write.object("event")),
                Instant.parse(write.text("stamp")));
        VendorAnswer put = calendar.put(href.get(), resource, Precondition.absent());
        if (put.ok()) {
            return done(uid, href.get(), etag(put, href.get()), "created");
        }
        if (put.status() == 412) {
            VendorAnswer existing = calendar.get(href.get());
            if (existing.ok() && mainEvent(existing.body(), uid).isPresent()) {
                return done(uid, href.get(), etag(existing, href.get()), "existed");
            }
            return CallResult.refused("Another calendar entry is already stored at " + href.get()
                    + "; the event was not created.");
        }
        return CalDavAnswers.failure(put);
    }

    CallResult update(QueuedWrite write) throws IOException, InterruptedException {
        String uid = write.text("uid");
        String readEtag = CalDavClient.unquoted(write.text("etag"));
        Optional<String> href = href(write, uid);
        if (href.isEmpty()) {
            return outsideCalendar(write);
        }
        EventChange change = EventChange.of(write.object("event"));
        VendorAnswer current = calendar.get(href.get());
        if (current.status() == 404) {
            return CallResult.refused("Conflict: the event " + uid + " was deleted in the calendar after the"
                    + " workflow read it; the calendar's version wins and the change was not made.");
        }
        if (!current.ok()) {
            return CalDavAnswers.failure(current);
        }
        Optional<CalendarEvent> event = mainEvent(current.body(), uid);
        if (event.isEmpty()) {
            return CallResult.refused("The calendar entry at " + href.get() + " holds no event " + uid + ".");
        }
        String etagNow = current.header("etag").map(CalDavClient::unquoted).orElse(readEtag);
        if (!etagNow.equals(readEtag)) {
            return applied(event.get(), change) ? done(uid, href.get(), etagNow, "alreadyApplied")
                    : CallResult.refused(conflict(uid, readEtag, etagNow));
        }
        String edited = EventEditor.edit(current.body(), uid, change, Instant.parse(write.text("stamp")), floating);
        VendorAnswer put = calendar.put(href.get(), edited, Precondition.version(readEtag));
        if (put.ok()) {
            return done(uid, href.get(), etag(put, href.get()), "updated");
        }
        if (put.status() == 412) {
            VendorAnswer latest = calendar.get(href.get());
            Optional<CalendarEvent> now = latest.ok() ? mainEvent(latest.body(), uid) : Optional.empty();
            String etagLatest = latest.header("etag").map(CalDavClient::unquoted).orElse("a newer one");
            return now.isPresent() && applied(now.get(), change) ? done(uid, href.get(), etagLatest, "alreadyApplied")
                    : CallResult.refused(conflict(uid, readEtag, etagLatest));
        }
        return CalDavAnswers.failure(put);
    }

    CallResult delete(QueuedWrite write) throws IOException, InterruptedException {
        String uid = write.text("uid");
        String readEtag = CalDavClient.unquoted(write.text("etag"));
        Optional<String> href = href(write, uid);
        if (href.isEmpty()) {
            return outsideCalendar(write);
        }
        VendorAnswer deleted = calendar.delete(href.get(),
                readEtag.isEmpty() ? Precondition.NONE : Precondition.version(readEtag));
        if (deleted.ok()) {
            return done(uid, href.get(), "", "deleted");
        }
        if (deleted.status() == 404) {
            return done(uid, href.get(), "", "alreadyGone");
        }
        if (deleted.status() == 412) {
            return CallResult.refused("Conflict: the event " + uid + " was changed in the calendar after the"
                    + " workflow read it (ETag " + readEtag + "); the calendar's version wins and it was not"
                    + " deleted. The change arrives as calendar.event.updated.");
        }
        return CalDavAnswers.failure(deleted);
    }

    static String conflict(String uid, String readEtag, String etagNow) {
        return "Conflict: the event " + uid + " was changed in the calendar after the workflow read it (ETag "
                + readEtag + ", now " + etagNow + "); the calendar's version wins and this change was not made."
                + " The change arrives as calendar.event.updated; read the event again to change it.";
    }

    /** The href given (which must lie in the connected calendar), or where this skill stores the UID. */
    private Optional<String> href(QueuedWrite write, String uid) {
        String given = write.text("href");
        if (given.isBlank()) {
            return Optional.of(calendar.hrefFor(uid));
        }
        String path = CalDavClient.pathOf(given.strip());
        boolean inside = path.startsWith(calendar.collectionPath()) && path.length() > calendar.collectionPath()
                .length() && !path.contains("/../") && path.indexOf('/', calendar.collectionPath().length()) < 0;
        return inside ? Optional.of(path) : Optional.empty();
    }

    private static CallResult outsideCalendar(QueuedWrite write) {
        return CallResult.refused("The address " + write.text("href") + " is not an entry of the connected"
                + " calendar; the change was not made.");
    }

    /** The ETag a write answered with, or (when the server altered the data and sent none) the one it now has. */
    private String etag(VendorAnswer answer, String href) throws IOException, InterruptedException {
        Optional<String> etag = answer.header("etag");
        if (etag.isEmpty()) {
            etag = calendar.get(href).header("etag");
        }
        return etag.map(CalDavClient::unquoted).orElse("");
    }

    private static CallResult done(String uid, String href, String etag, String outcome) {
        var receipt = new LinkedHashMap<String, Object>();
        receipt.put("uid", uid);
        receipt.put("href", href);
        if (!etag.isEmpty()) {
            receipt.put("etag", etag);
        }
        receipt.put("outcome", outcome);
        return CallResult.done(receipt);
    }

    private static Optional<CalendarEvent> mainEvent(String resource, String uid) {
        try {
            return ICalendarReader.events(resource).stream()
                    .filter(e -> e.uid().equals(uid) && e.recurrenceId().isEmpty()).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the calendar's event already holds every value the change sets. */
    private boolean applied(CalendarEvent event, EventChange change) {
        return change.summary().map(event.summary()::equals).orElse(true)
                && change.description().map(event.description()::equals).orElse(true)
                && change.location().map(event.location()::equals).orElse(true)
                && change.start().map(start -> sameTime(start, event.start())).orElse(true)
                && change.end().map(end -> event.end().map(e -> sameTime(end, e)).orElse(false)).orElse(true)
                && change.attendees().map(a -> lowerCase(a).equals(lowerCase(event.attendees()))).orElse(true);
    }

    private boolean sameTime(EventTime a, EventTime b) {
        return a.date() == b.date() && a.instant(floating).equals(b.instant(floating));
    }

    private static Set<String> lowerCase(List<String> addresses) {
        return addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
