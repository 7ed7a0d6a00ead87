package dev.platina.skill.salesforce.internal;

import dev.platina.integration.api.StepInput;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Salesforce objects the steps write, with the inputs each step takes by a friendly name and the API field each
 * one sets. Further fields go in {@code fields} by their API names ({@code LeadSource}, {@code Rating__c}).
 */
enum SalesforceObject {
    LEAD("Lead", "lead", Set.of("lastName", "company"),
            List.of(text("firstName", "FirstName"), text("lastName", "LastName"), text("company", "Company"),
                    email(), text("phone", "Phone"), text("title", "Title"), text("status", "Status"),
                    text("leadSource", "LeadSource"), text("description", "Description"))),
    CONTACT("Contact", "contact", Set.of("lastName"),
            List.of(text("firstName", "FirstName"), text("lastName", "LastName"), email(), text("phone", "Phone"),
                    text("title", "Title"), recordId("accountId", "AccountId"),
                    text("description", "Description"))),
    TASK("Task", "task", Set.of("subject"),
            List.of(text("subject", "Subject"), recordId("whoId", "WhoId"), recordId("whatId", "WhatId"),
                    new Input("activityDate", "ActivityDate", Kind.DATE), text("status", "Status"),
                    text("priority", "Priority"), text("description", "Description")));

    static final Pattern RECORD_ID = Pattern.compile("[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** Long text areas such as Description take 32,000 characters; Salesforce refuses what a field cannot take. */
    private static final int LONGEST_TEXT = 32_000;

    enum Kind {
        TEXT,
        EMAIL,
        RECORD_ID,
        DATE
    }

    record Input(String name, String apiName, Kind kind) {
    }

    private final String apiName;
    private final String operationPrefix;
    private final Set<String> requiredToCreate;
    private final List<Input> inputs;

    SalesforceObject(String apiName, String operationPrefix, Set<String> requiredToCreate, List<Input> inputs) {
        this.apiName = apiName;
        this.operationPrefix = operationPrefix;
        this.requiredToCreate = requiredToCreate;
        this.inputs = inputs;
    }

    String apiName() {
        return apiName;
    }

    String operation(boolean update) {
        return operationPrefix + (update ? ".update" : ".create");
    }

    java.util.Set<String> requiredOnCreate() {
        return requiredToCreate;
    }

    List<Input> inputs() {
        return inputs;
    }

    /** The object and whether it is an update, for an operation such as {@code lead.update}. */
    static Optional<Map.Entry<SalesforceObject, Boolean>> ofOperation(String operation) {
        for (SalesforceObject object : values()) {
            for (boolean update : new boolean[] {false, true}) {
                if (object.operation(update).equals(operation) && (object != TASK || !update)) {
                    return Optional.of(Map.entry(object, update));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The queued write's parameters: {@code object}, {@code fields} by API name and, for an update, {@code id} and
     * the {@code basedOn} time the caller last saw the record at (ISO-8601), if given.
     */
    Map<String, Object> parameters(Map<String, Object> given, boolean update) {
        StepInput input = new StepInput(given, LONGEST_TEXT);
        var fields = new LinkedHashMap<String, Object>();
        for (Input field : inputs) {
            boolean required = !update && requiredToCreate.contains(field.name());
            read(input, field, required).ifPresent(value -> fields.put(field.apiName(), value));
        }
        more(input, fields);
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("object", apiName);
        if (update) {
            input.matching("id", true, RECORD_ID, "is not a Salesforce record id (15 or 18 letters and digits)")
                    .ifPresent(id -> parameters.put("id", id));
            input.text("lastModified", false).ifPresent(text -> SalesforceTime.parse(text).map(Instant::toString)
                    .ifPresentOrElse(at -> parameters.put("basedOn", at), () -> input.problem("lastModified",
                            "is not a time such as 2026-11-21T23:00:01.000Z")));
            input.require(!fields.isEmpty(), "fields", "name at least one field to change");
        }
        input.check();
        parameters.put("fields", fields);
        return parameters;
    }

    private static Optional<String> read(StepInput input, Input field, boolean required) {
        return switch (field.kind()) {
            case TEXT -> input.text(field.name(), required);
            case EMAIL -> input.email(field.name(), required);
            case RECORD_ID -> input.matching(field.name(), required, RECORD_ID,
                    "is not a Salesforce record id (15 or 18 letters and digits)");
            case DATE -> input.matching(field.name(), required, DATE, "is not a date such as 2026-11-30");
        };
    }

    /** {@code fields}: more API fields with plain values; the named inputs win over the same field given here. */
    private static void more(StepInput input, Map<String, Object> fields) {
        Optional<Object> raw = input.raw("fields");
        if (raw.isEmpty()) {
            return;
        }
        if (!(raw.get() instanceof Map<?, ?> more)) {
            input.problem("fields", "must be an object of Salesforce field API names and values");
            return;
        }
        more.forEach((name, value) -> {
            String field = String.valueOf(name);
            if (!SalesforceConnector.FIELD_NAME.matcher(field).matches()) {
                input.problem("fields." + field, "is not a Salesforce field API name");
            } else if (value != null && !(value instanceof String || value instanceof Number
                    || value instanceof Boolean)) {
                input.problem("fields." + field, "must be text, a number, true/false or null");
            } else {
                fields.putIfAbsent(field, value);
            }
        });
    }

    private static Input text(String name, String apiName) {
        return new Input(name, apiName, Kind.TEXT);
    }

    private static Input email() {
        return new Input("email", "Email", Kind.EMAIL);
    }

    private static Input recordId(String name, String apiName) {
        return new Input(name, apiName, Kind.RECORD_ID);
    }
}
