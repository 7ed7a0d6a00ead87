package dev.platina.skill.caldav.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.audit.impl.internal.JdbcAuditLog;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.integration.api.Connection;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.ConnectorStatus;
import dev.platina.integration.api.PollingSource;
import dev.platina.integration.impl.internal.KitForConnectorTests;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.postgres.internal.PlatformTestDatabase;
import dev.platina.workflow.api.DeliveryResult;
import dev.platina.workflow.api.EventReceipt;
import dev.platina.workflow.api.OutboundMessage;
import dev.platina.workflow.api.OutboxDelivery;
import dev.platina.workflow.api.PlatformEvent;
import dev.platina.workflow.api.StepExecution;
import dev.platina.workflow.api.StepOutcome;
import dev.platina.workflow.api.WorkflowStep;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The skill inside the integration kit with everything real but the workflows behind the event bus: PostgreSQL with
 * row-level security, the AES-GCM cipher, the kit's connection service, guarded deliveries and polling, and a
 * Radicale server; one organisation with an administrator.
 */
final class CalendarKit {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    final Radicale radicale;
    final KitForConnectorTests kit;
    final ConnectionService service;
    final CalDavChannel channel;
    final TenantId tenant;
    final Caller admin;
    final List<PlatformEvent> published = new CopyOnWriteArrayList<>();

    CalendarKit(PlatformTestDatabase database, Radicale radicale) throws Exception {
        this.radicale = radicale;
        this.kit = new KitForConnectorTests(database, new JdbcAuditLog(database.transactions()),
                (publisher, event) -> {
                    published.add(event);
                    return new EventReceipt(event.id(), false, List.of(), 0);
                }, Duration.ofSeconds(2)).register(new CalDavConnector());
        this.service = kit.connections;
        this.channel = new CalDavChannel(kit.deliveries);
        this.tenant = database.newTenant();
        this.admin = new Caller(tenant, UUID.randomUUID(), "admin", Set.of("Admin"), Permission.all(),
                Caller.Kind.USER, "test");
    }

    ConnectorStatus connect(String password, String url) {
        return service.connect(admin, CalDavConnector.ID, Map.of(CalDavConnector.CALENDAR_URL, url,
                CalDavConnector.USERNAME, Radicale.USER, CalDavConnector.PASSWORD, password));
    }

    Connection connection() {
        return service.connection(tenant, CalDavConnector.ID).orElseThrow();
    }

    /** One poll through the kit (cursor stored, repeats dropped); what it published. */
    List<PlatformEvent> poll(PollingSource source) {
        int before = published.size();
        assertThat(kit.poll(source, tenant)).as("the poll worked").isTrue();
        return List.copyOf(published.subList(before, published.size()));
    }

    /** Runs the step and hands its queued write to the outbox as a delivery. */
    OutboxDelivery queued(WorkflowStep step, Map<String, Object> input) throws Exception {
        StepOutcome outcome = step.execute(execution(input));
        OutboundMessage message = outcome.effects().stream().filter(OutboundMessage.class::isInstance)
                .map(OutboundMessage.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("nothing queued: " + outcome));
        assertThat(message.channel()).isEqualTo(CalDavChannel.NAME);
        return new OutboxDelivery(tenant, UUID.randomUUID(), UUID.randomUUID() + ":" + step.descriptor().type(),
                message.payload(), 1);
    }

    DeliveryResult deliver(WorkflowStep step, Map<String, Object> input) throws Exception {
        return channel.deliver(queued(step, input));
    }

    CalendarEvent storedEvent(String href) throws Exception {
        var answer = radicale.get(href);
        assertThat(answer.statusCode()).isEqualTo(200);
        return ICalendarReader.events(answer.body()).get(0);
    }

    /** An event as a phone's calendar would store it: half an hour, in Room 4, with one attendee. */
    static String phoneEvent(String uid, String summary, String start, int sequence) {
        String end = UTC.format(LocalDateTime.parse(start, UTC).plusMinutes(30));
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Phone//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20261120T080000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + summary
                + "\r\nLOCATION:Room 4\r\nATTENDEE:mailto:lin@example.com\r\nSEQUENCE:" + sequence
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    StepExecution execution(Map<String, Object> input) {
        UUID run = UUID.randomUUID();
        return new StepExecution() {
            @Override
            public UUID runId() {
                return run;
            }

            @Override
            public String nodeId() {
                return "calendar";
            }

            @Override
            public Map<String, Object> input() {
                return input;
            }

            @Override
            public Caller caller() {
                return admin;
            }

            @Override
            public String idempotencyKey() {
                return run + ":calendar";
            }

            @Override
            public int attempt() {
                return 1;
            }
        };
    }
}
