package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code google-calendar.event.create}: an event in the connected calendar, created once. */
@Component(service = WorkflowStep.class)
public final class CreateEventStep extends QueuedConnectorStep {
    static final String OPERATION = "event.create";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(GoogleCalendarConnector.ID + "." + OPERATION,
            "Create a Google Calendar event", "Creates an event in the connected Google calendar with a title, a"
                    + " start and an end, and optionally a description, location and attendees (invited by e-mail"
                    + " only when notifyAttendees is true).", "Calendar",
            Map.of("type", "object", "required", List.of("summary", "start", "end"), "properties", withEventId()),
            QueuedConnectorStep.queuedOutputSchema());

    @Activate
    public CreateEventStep(@Reference ConnectionService connections) {
        super(connections, GoogleCalendarConnector.DESCRIPTOR, GoogleCalendarChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return EventInput.forCreate(input);
    }

    static Map<String, Object> eventFields() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("summary", Map.of("type", "string", "description", "The event's title"));
        fields.put("description", Map.of("type", "string"));
        fields.put("location", Map.of("type", "string"));
        fields.put("start", Map.of("type", "string", "description", "2026-11-30T10:00:00+01:00, a wall-clock time"
                + " with timeZone, or a date 2026-11-30 for an all-day event"));
        fields.put("end", Map.of("type", "string", "description", "Like start; for an all-day event the day after"
                + " it ends"));
        fields.put("timeZone", Map.of("type", "string", "description", "IANA time zone such as Europe/Berlin"));
        fields.put("attendees", Map.of("type", "array", "items", Map.of("type", "string", "format", "email")));
        fields.put("notifyAttendees", Map.of("type", "boolean", "description", "true: Google e-mails the"
                + " attendees about the change (default false)"));
        return fields;
    }

    private static Map<String, Object> withEventId() {
        var fields = eventFields();
        fields.put("eventId", Map.of("type", "string", "description", "Optional id of your choosing (5-1024 of"
                + " a-v, 0-9); one is chosen when left out"));
        return fields;
    }
}
