package dev.platina.skill.googlecalendar.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code google-calendar.event.update}: changes the given fields of an event, only if the event is still the version
 * the change was based on (its etag); when someone changed it in the calendar meanwhile, the calendar wins.
 */
@Component(service = WorkflowStep.class)
public final class UpdateEventStep extends QueuedConnectorStep {
    static final String OPERATION = "event.update";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(GoogleCalendarConnector.ID + "." + OPERATION,
            "Update a Google Calendar event", "Changes the given fields of an event in the connected Google"
                    + " calendar. etag is the version the change is based on (as calendar events report it); if"
                    + " the event was changed in the calendar since, the calendar's version wins and the update is"
                    + " refused as a conflict.", "Calendar",
            Map.of("type", "object", "required", List.of("eventId", "etag"), "properties", withKeys()),
            QueuedConnectorStep.queuedOutputSchema());

    @Activate
    public UpdateEventStep(@Reference ConnectionService connections) {
        super(connections, GoogleCalendarConnector.DESCRIPTOR, GoogleCalendarChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return EventInput.forUpdate(input);
    }

    private static Map<String, Object> withKeys() {
        var fields = CreateEventStep.eventFields();
        fields.put("eventId", Map.of("type", "string"));
        fields.put("etag", Map.of("type", "string", "description", "The event's etag the change is based on"));
        return fields;
    }
}
