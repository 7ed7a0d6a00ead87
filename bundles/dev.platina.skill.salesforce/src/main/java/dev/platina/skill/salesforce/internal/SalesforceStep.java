package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.QueuedConnectorStep;
import dev.platina.workflow.api.StepDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Salesforce write as a workflow step: the input is checked now, the write is delivered by the outbox. */
abstract class SalesforceStep extends QueuedConnectorStep {
    private final SalesforceObject object;
    private final boolean update;

    SalesforceStep(ConnectionService connections, SalesforceObject object, boolean update, String title,
            String description) {
        super(connections, SalesforceConnector.DESCRIPTOR, SalesforceChannel.NAME, object.operation(update),
                descriptor(object, update, title, description));
        this.object = object;
        this.update = update;
    }

    @Override
    protected Map<String, Object> parameters(Map<String, Object> input) {
        return object.parameters(input, update);
    }

    static StepDescriptor descriptor(SalesforceObject object, boolean update, String title, String description) {
        var properties = new LinkedHashMap<String, Object>();
        List<String> required = new ArrayList<>();
        if (update) {
            properties.put("id", Map.of("type", "string", "description", "The " + object.apiName()
                    + " record id (15 or 18 characters)"));
            properties.put("lastModified", Map.of("type", "string", "format", "date-time", "description",
                    "When the record was last modified as the workflow saw it (an event's lastModified): if"
                            + " Salesforce changed it since, Salesforce wins and the update is refused"));
            required.add("id");
        }
        for (SalesforceObject.Input input : object.inputs()) {
            var schema = new LinkedHashMap<String, Object>();
            schema.put("type", "string");
            switch (input.kind()) {
                case EMAIL -> schema.put("format", "email");
                case DATE -> schema.put("format", "date");
                case RECORD_ID -> schema.put("description", "A Salesforce record id");
                default -> { }
            }
            schema.putIfAbsent("description", "Sets " + object.apiName() + "." + input.apiName());
            properties.put(input.name(), schema);
        }
        properties.put("fields", Map.of("type", "object", "description", "More fields by their API names",
                "additionalProperties", Map.of("type", List.of("string", "number", "boolean", "null"))));
        if (!update) {
            object.inputs().stream().map(SalesforceObject.Input::name)
                    .filter(name -> object.requiredOnCreate().contains(name)).forEach(required::add);
        }
        return new StepDescriptor("salesforce." + object.operation(update), title, description, "CRM",
                Map.of("type", "object", "required", required, "properties", properties),
                queuedOutputSchema());
    }
}
