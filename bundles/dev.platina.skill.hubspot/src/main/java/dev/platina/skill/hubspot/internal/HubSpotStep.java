package dev.platina.skill.hubspot.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import java.time.Clock;
import java.util.Map;

/** A HubSpot write as a workflow step (and so as an AI action), delivered through the outbox. */
abstract class HubSpotStep extends QueuedConnectorStep {
    private final HubSpotOperation operation;
    private final Clock clock = Clock.systemUTC();

    HubSpotStep(ConnectionService connections, HubSpotOperation operation, StepDescriptor descriptor) {
        super(connections, HubSpotConnector.DESCRIPTOR, HubSpotChannel.NAME, operation.id(), descriptor);
        this.operation = operation;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return operation.parameters(input, clock);
    }

    static Map<String, Object> contactFields() {
        return Map.of(
                "email", Map.of("type", "string", "format", "email"),
                "firstName", Map.of("type", "string"),
                "lastName", Map.of("type", "string"),
                "phone", Map.of("type", "string"),
                "company", Map.of("type", "string"),
                "lifecycleStage", Map.of("type", "string", "description", "e.g. lead, marketingqualifiedlead"),
                "properties", Map.of("type", "object", "description", "More HubSpot properties by internal name",
                        "additionalProperties", Map.of("type", "string")));
    }
}
