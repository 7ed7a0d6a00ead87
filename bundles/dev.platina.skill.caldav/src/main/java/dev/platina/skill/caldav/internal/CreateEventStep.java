package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code caldav.event.create}: adds an event to the connected calendar. Its UID is decided when the step runs, so
 * every delivery of the message stores the same event once.
 */
@Component(service = WorkflowStep.class)
public final class CreateEventStep extends QueuedConnectorStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("caldav.event.create", "Create a calendar event",
            "Adds an event to the connected CalDAV calendar, optionally inviting attendees by e-mail address.",
            "Calendar", Map.of("type", "object", "required", List.of("summary", "start"), "properties",
                    EventInput.schemaOfFields()), queuedOutputSchema());

    private final Clock clock;

    @Activate
    public CreateEventStep(@Reference ConnectionService connections) {
        this(connections, Clock.systemUTC());
    }

    CreateEventStep(ConnectionService connections, Clock clock) {
        super(connections, CalDavConnector.DESCRIPTOR, CalDavChannel.NAME, CalDavChannel.CREATE, DESCRIPTOR);
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        var reader = new StepInput(input, EventInput.LONGEST_TEXT);
        EventChange fields = EventInput.fields(reader, true);
        reader.check();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("uid", UUID.randomUUID() + "@platina");
        parameters.put("stamp", clock.instant().toString());
        parameters.put("event", fields.parameters());
        return parameters;
    }
}
