package dev.platina.skill.caldav.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.integration.api.StepInput;
import dev.platina.workflow.api.StepDescriptor;
import dev.platina.workflow.api.WorkflowStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code caldav.event.delete}: removes an event. With an ETag, only the version read is removed: a copy changed in
 * the calendar since wins and stays.
 */
@Component(service = WorkflowStep.class)
public final class DeleteEventStep extends QueuedConnectorStep {
    static final StepDescriptor DESCRIPTOR = new StepDescriptor("caldav.event.delete", "Delete a calendar event",
            "Removes an event from the connected calendar. Give the ETag read to remove only that version.",
            "Calendar", Map.of("type", "object", "required", List.of("uid"), "properties", Map.of(
                    "uid", Map.of("type", "string"),
                    "etag", Map.of("type", "string", "description", "Remove only if unchanged since this ETag"),
                    "href", Map.of("type", "string", "description", "The event's address in the calendar"))),
            queuedOutputSchema());

    @Activate
    public DeleteEventStep(@Reference ConnectionService connections) {
        super(connections, CalDavConnector.DESCRIPTOR, CalDavChannel.NAME, CalDavChannel.DELETE, DESCRIPTOR);
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        var reader = new StepInput(input, EventInput.LONGEST_TEXT);
        var parameters = new LinkedHashMap<String, Object>();
        EventInput.uid(reader).ifPresent(uid -> parameters.put("uid", uid));
        reader.text("etag", false).ifPresent(etag -> parameters.put("etag", etag));
        reader.text("href", false).ifPresent(href -> parameters.put("href", href));
        reader.check();
        return parameters;
    }
}
