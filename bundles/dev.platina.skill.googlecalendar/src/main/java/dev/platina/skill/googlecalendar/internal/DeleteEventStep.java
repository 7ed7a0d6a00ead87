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

/** {@code google-calendar.event.delete}: deletes an event (an event already deleted counts as done). */
@Component(service = WorkflowStep.class)
public final class DeleteEventStep extends QueuedConnectorStep {
    static final String OPERATION = "event.delete";
    static final StepDescriptor DESCRIPTOR = new StepDescriptor(GoogleCalendarConnector.ID + "." + OPERATION,
            "Delete a Google Calendar event", "Deletes an event from the connected Google calendar. With etag, only"
                    + " if the event was not changed in the calendar since that version.", "Calendar",
            Map.of("type", "object", "required", List.of("eventId"), "properties", Map.of(
                    "eventId", Map.of("type", "string"),
                    "etag", Map.of("type", "string", "description", "Optional: delete only this version"),
                    "notifyAttendees", Map.of("type", "boolean", "description", "true: Google e-mails the"
                            + " attendees that the event was cancelled (default false)"))),
            QueuedConnectorStep.queuedOutputSchema());

    @Activate
    public DeleteEventStep(@Reference ConnectionService connections) {
        super(connections, GoogleCalendarConnector.DESCRIPTOR, GoogleCalendarChannel.NAME, OPERATION, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return EventInput.forDelete(input);
    }
}
