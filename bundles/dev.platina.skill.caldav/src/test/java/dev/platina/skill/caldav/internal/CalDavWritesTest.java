package dev.platina.skill.caldav.internal;

import static dev.platina.skill.caldav.internal.CalendarKit.phoneEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectionState;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.persistence.postgres.internal.DatabaseExtension;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.StepOutcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The connection check and the steps' writes through the kit's outbox channel against a real Radicale server:
 * each write happens once, the calendar wins conflicts, and writes wait out an outage.
 */
@ExtendWith({DatabaseExtension.class, RadicaleExtension.class})
class CalDavWritesTest {
    private final PlatformTestDatabase database;
    private CalendarKit calendar;
    private Radicale radicale;
    private ConnectionService service;

    CalDavWritesTest(PlatformTestDatabase database) {
        this.database = database;
    }

    @BeforeEach
    void start(Radicale radicale) throws Exception {
        this.calendar = new CalendarKit(database, radicale);
        this.radicale = radicale;
        this.service = calendar.service;
    }

    @Test
    void theCheckFindsTheCalendarAndSaysWhatIsWrong() {
        assertThatThrownBy(() -> calendar.connect(Radicale.PASSWORD + "x", radicale.calendarUrl()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("refused the user name or password");
        assertThatThrownBy(() -> calendar.connect(Radicale.PASSWORD, radicale.origin() + "/alice/missing/"))
                .hasMessageContaining("no calendar at this address");
        assertThatThrownBy(() -> calendar.connect(Radicale.PASSWORD, radicale.origin() + "/alice/"))
                .hasMessageContaining("not a calendar");

        ConnectorStatus status = calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());

        assertThat(status.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(status.secretsSet()).containsExactly(CalDavConnector.PASSWORD);
        assertThat(status.settings()).doesNotContainValue(Radicale.PASSWORD);
    }

    @Test
    void createUpdateAndDeleteGoThroughTheChannelOnce() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());
        OutboxDelivery create = calendar.queued(new CreateEventStep(service), Map.of("summary", "Kick-off, part 1",
                "start", "2026-12-01T09:00:00Z", "location", "Room 4", "attendees", List.of("lin@example.com")));

        DeliveryResult created = calendar.channel.deliver(create);
        DeliveryResult repeated = calendar.channel.deliver(create);

        assertThat(created.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(created.receipt()).containsEntry("outcome", "created");
        assertThat(repeated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(repeated.receipt()).containsEntry("outcome", "existed");
        assertThat(radicale.entries()).hasSize(1);
        String uid = created.receipt().get("uid").toString();
        String href = created.receipt().get("href").toString();
        CalendarEvent stored = calendar.storedEvent(href);
        assertThat(stored.summary()).isEqualTo("Kick-off, part 1");
        assertThat(stored.end().orElseThrow().instant(ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));

        OutboxDelivery update = calendar.queued(new UpdateEventStep(service), Map.of("uid", uid, "etag",
                created.receipt().get("etag"), "summary", "Kick-off (moved)", "start", "2026-12-02T09:00:00Z"));
        DeliveryResult updated = calendar.channel.deliver(update);
        DeliveryResult updatedAgain = calendar.channel.deliver(update);

        assertThat(updated.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(updatedAgain.receipt()).as("a repeat after a lost answer finds its change made")
                .containsEntry("outcome", "alreadyApplied");
        assertThat(updated.receipt().get("etag")).isNotEqualTo(created.receipt().get("etag"));
        stored = calendar.storedEvent(href);
        assertThat(stored.summary()).isEqualTo("Kick-off (moved)");
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.location()).isEqualTo("Room 4");
        assertThat(stored.end().orElseThrow().instant(ZoneOffset.UTC))
                .isEqualTo(Instant.parse("2026-12-02T10:00:00Z"));

        OutboxDelivery delete = calendar.queued(new DeleteEventStep(service), Map.of("uid", uid, "etag",
                updated.receipt().get("etag")));
        assertThat(calendar.channel.deliver(delete).receipt()).containsEntry("outcome", "deleted");
        assertThat(calendar.channel.deliver(delete).receipt()).containsEntry("outcome", "alreadyGone");
        assertThat(radicale.entries()).isEmpty();
    }

    @Test
    void whenTheCalendarChangedSinceTheWorkflowReadItTheCalendarWins() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());
        String readEtag = radicale.put("review.ics", phoneEvent("review", "Review", "20261201T090000Z", 0));
        String phoneEtag = radicale.put("review.ics", phoneEvent("review", "Review (changed on a phone)",
                "20261201T100000Z", 1));

        DeliveryResult update = calendar.deliver(new UpdateEventStep(service), Map.of("uid", "review",
                "etag", readEtag, "href", "/alice/work/review.ics", "summary", "Review (from the workflow)"));
        DeliveryResult delete = calendar.deliver(new DeleteEventStep(service), Map.of("uid", "review",
                "etag", readEtag, "href", "/alice/work/review.ics"));

        assertThat(update.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(update.reason().orElseThrow()).contains("Conflict").contains("review").contains(readEtag)
                .contains(phoneEtag).contains("calendar's version wins");
        assertThat(delete.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
        assertThat(delete.reason().orElseThrow()).contains("Conflict").contains("not deleted");
        assertThat(calendar.storedEvent("/alice/work/review.ics").summary()).isEqualTo("Review (changed on a phone)");
        assertThat(service.status(calendar.admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);

        DeliveryResult outside = calendar.deliver(new DeleteEventStep(service), Map.of("uid", "x",
                "href", "/alice/other/x.ics"));
        assertThat(outside.kind()).isEqualTo(DeliveryResult.Kind.REFUSED);
    }

    @Test
    void writesWaitWhileTheServerIsDownAndHappenOnceWhenItIsBack() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());
        OutboxDelivery create = calendar.queued(new CreateEventStep(service), Map.of("summary", "Planning",
                "start", "2026-12-01"));
        radicale.stop();

        DeliveryResult waiting = calendar.channel.deliver(create);

        assertThat(waiting.kind()).isEqualTo(DeliveryResult.Kind.RETRY);
        assertThat(waiting.reason().orElseThrow()).contains(CalDavConnector.NAME);
        assertThat(service.status(calendar.admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.FAILING);

        radicale.start();
        DeliveryResult delivered = calendar.channel.deliver(create);
        DeliveryResult again = calendar.channel.deliver(create);

        assertThat(delivered.kind()).isEqualTo(DeliveryResult.Kind.DELIVERED);
        assertThat(again.receipt()).containsEntry("outcome", "existed");
        assertThat(radicale.entries()).hasSize(1);
        assertThat(calendar.storedEvent(delivered.receipt().get("href").toString()).start().date()).isTrue();
        assertThat(service.status(calendar.admin, CalDavConnector.ID).state()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void stepsRefuseWrongInputBeforeQueuing() throws Exception {
        calendar.connect(Radicale.PASSWORD, radicale.calendarUrl());

        StepOutcome outcome = new CreateEventStep(service).execute(calendar.execution(Map.of("start", "tomorrow",
                "end", "2026-12-01", "attendees", List.of("not-an-address"))));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.failure().orElseThrow()).contains("summary").contains("start").contains("attendees");
        StepOutcome nothingToChange = new UpdateEventStep(service).execute(calendar.execution(Map.of("uid", "x", "etag",
                "e")));
        assertThat(nothingToChange.failure().orElseThrow()).contains("nothing to change");
    }
}
