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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code caldav.event.update}: changes the given fields of an event, based on the version (ETag) the workflow read.
 * If the calendar's copy changed since, the calendar's version wins and the change is refused (see the README).
 */
@Component(service = WorkflowStep.class)
public final class UpdateEventStep extends QueuedConnectorStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("caldav.event.update", "Change a calendar event",
            "Changes the given fields of an event in the connected calendar; fields left out keep their values. If"
                    + " the event changed in the calendar after its ETag was read, the calendar's version wins"
                    + " and this change is not made.", "Calendar",
            Map.of("type", "object", "required", List.of("uid", "etag"), "properties", properties()),
            queuedOutputSchema());

    private final Clock clock;

    @Activate
    public UpdateEventStep(@Reference ConnectionService connections) {
        this(connections, Clock.systemUTC());
    }

    UpdateEventStep(ConnectionService connections, Clock clock) {
        super(connections, CalDavConnector.DESCRIPTOR, CalDavChannel.NAME, CalDavChannel.UPDATE, DESCRIPTOR);
        this.clock = clock;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        var reader = new StepInput(input, EventInput.LONGEST_TEXT);
        var parameters = new LinkedHashMap<String, Object>();
        EventInput.uid(reader).ifPresent(uid -> parameters.put("uid", uid));
        reader.text("etag", true).ifPresent(etag -> parameters.put("etag", etag));
        reader.text("href", false).ifPresent(href -> parameters.put("href", href));
        EventChange change = EventInput.fields(reader, false);
        reader.require(!change.isEmpty() || reader.hasProblems(), "summary", "nothing to change: give at least"
                + " one of summary, start, end, description, location, attendees");
        reader.check();
        parameters.put("stamp", clock.instant().toString());
        parameters.put("event", change.parameters());
        return parameters;
    }

    static Map<String, Object> properties() {
        var properties = new LinkedHashMap<String, Object>(EventInput.schemaOfFields());
        properties.put("uid", Map.of("type", "string", "description", "The event's UID (from a calendar event)"));
        properties.put("etag", Map.of("type", "string", "description", "The ETag of the version the change is"
                + " based on (from calendar.event.created or calendar.event.updated)"));
        properties.put("href", Map.of("type", "string", "description", "The event's address in the calendar (from"
                + " the calendar event); default: where this skill stores events it creates"));
        return properties;
    }
}
