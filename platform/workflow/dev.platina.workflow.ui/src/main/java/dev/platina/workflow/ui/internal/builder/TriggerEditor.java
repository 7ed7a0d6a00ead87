package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What starts the workflow: by hand, an event (with an optional filter), a schedule (cron and time zone) or a
 * signed webhook. Each change hands the whole trigger to the builder.
 */
final class TriggerEditor extends FlexLayout {

    private static final long serialVersionUID = 1L;

    private final Select<String> type = new Select<>();
    private final TextField event = new TextField("Event type");
    private final TextField filter = new TextField("Only when (expression, optional)");
    private final TextField cron = new TextField("Schedule (cron: minute hour day month weekday)");
    private final TextField timeZone = new TextField("Time zone");
    private final Consumer<Map<String, Object>> changed;

    TriggerEditor(Map<String, Object> trigger, boolean editable, Consumer<Map<String, Object>> changed) {
        this.changed = changed;
        setId("trigger-editor");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
        type.setId("trigger-type");
        type.setLabel("Starts");
        type.setItems(List.of("manual", "event", "schedule", "webhook"));
        type.setItemLabelGenerator(t -> switch (t) {
            case "event" -> "When an event happens";
            case "schedule" -> "On a schedule";
            case "webhook" -> "When a signed webhook is called";
            default -> "By hand (or through the API)";
        });
        event.setId("trigger-event");
        event.setPlaceholder("crm.lead.created");
        filter.setId("trigger-filter");
        filter.setPlaceholder("input.amount > 1000");
        cron.setId("trigger-cron");
        cron.setPlaceholder("0 9 * * MON-FRI");
        timeZone.setId("trigger-timeZone");
        timeZone.setPlaceholder("Europe/Berlin");
        type.setValue(String.valueOf(trigger.getOrDefault("type", "manual")));
        event.setValue(text(trigger.get("event")));
        filter.setValue(text(trigger.get("filter")));
        cron.setValue(text(trigger.get("cron")));
        timeZone.setValue(trigger.get("timeZone") instanceof String zone ? zone : "UTC");
        add(type, event, filter, cron, timeZone);
        type.addValueChangeListener(change -> {
            showFields();
            if (change.isFromClient()) {
                publish();
            }
        });
        for (TextField field : List.of(event, filter, cron, timeZone)) {
            field.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    publish();
                }
            });
        }
        showFields();
        setEnabled(editable);
    }

    private void showFields() {
        String chosen = type.getValue();
        event.setVisible("event".equals(chosen));
        filter.setVisible("event".equals(chosen));
        cron.setVisible("schedule".equals(chosen));
        timeZone.setVisible("schedule".equals(chosen));
    }

    private void publish() {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("type", type.getValue());
        switch (type.getValue()) {
            case "event" -> {
                trigger.put("event", event.getValue().strip());
                if (!filter.getValue().isBlank()) {
                    trigger.put("filter", filter.getValue().strip());
                }
            }
            case "schedule" -> {
                trigger.put("cron", cron.getValue().strip());
                trigger.put("timeZone", timeZone.getValue().isBlank() ? "UTC" : timeZone.getValue().strip());
            }
            default -> {
                // manual and webhook have no settings
            }
        }
        changed.accept(trigger);
    }

    /** Marks the field the checker names ({@code trigger.cron}) with its problem. */
    void showProblems(Map<String, String> problems) {
        Map<String, TextField> byPlace = Map.of("trigger.event", event, "trigger.filter", filter, "trigger.cron",
                cron, "trigger.timeZone", timeZone);
        byPlace.forEach((place, field) -> {
            String message = problems.get(place);
            field.setErrorMessage(message);
            field.setInvalid(message != null);
        });
        String typeProblem = problems.get("trigger.type");
        type.setErrorMessage(typeProblem);
        type.setInvalid(typeProblem != null);
    }

    private static String text(Object value) {
        return value instanceof String text ? text : "";
    }
}
