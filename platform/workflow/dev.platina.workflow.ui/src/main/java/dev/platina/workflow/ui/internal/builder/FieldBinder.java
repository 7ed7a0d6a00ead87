package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Makes the editor's fields for one node and writes each change into the draft. A field remembers the place the
 * checker names it by ({@code policy.approvals}, {@code branches[0].when}), so the checker's problems show on the
 * field at fault; a value that cannot be read (a word where a number belongs) is refused on the field itself.
 */
final class FieldBinder {

    private final String node;
    private final Edits edits;
    private final Map<String, HasValidation> byPlace = new HashMap<>();
    /** Fields whose text could not be read: their own message stays until they are corrected. */
    private final Set<String> unreadable = new HashSet<>();

    FieldBinder(String node, Edits edits) {
        this.node = node;
        this.edits = edits;
    }

    /** A text field for {@code path}; {@code read} turns the text into the value to store (null removes it). */
    TextField text(String label, String path, Object value, Function<String, Object> read) {
        return bind(new TextField(label), path, value, read);
    }

    /** A text field whose text is stored as it is; empty removes the field. */
    TextField text(String label, String path, Object value) {
        return text(label, path, value, text -> text.isBlank() ? null : text);
    }

    TextArea area(String label, String path, Object value, Function<String, Object> read) {
        return bind(new TextArea(label), path, value, read);
    }

    /**
     * Shows the value and writes each change the person makes; text that cannot be read is refused on the field,
     * saying what to write, and nothing is stored.
     */
    private <F extends com.vaadin.flow.component.AbstractField<F, String> & HasValidation> F bind(F field,
            String path, Object value, Function<String, Object> read) {
        ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        field.setValue(InputValues.show(value));
        field.setId(fieldId(path));
        field.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                Object parsed = read.apply(change.getValue());
                unreadable.remove(place(path));
                field.setInvalid(false);
                edits.set(node, path, parsed);
            } catch (IllegalArgumentException e) {
                unreadable.add(place(path));
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
        });
        byPlace.put(place(path), field);
        return field;
    }

    IntegerField integer(String label, String path, Object value, int min, int max) {
        IntegerField field = new IntegerField(label);
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        field.setId(fieldId(path));
        if (value instanceof Number number) {
            field.setValue(number.intValue());
        }
        field.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edits.set(node, path, change.getValue());
            }
        });
        byPlace.put(place(path), field);
        return field;
    }

    Checkbox flag(String label, String path, Object value) {
        Checkbox box = new Checkbox(label, Boolean.TRUE.equals(value));
        box.setId(fieldId(path));
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                edits.set(node, path, change.getValue() ? Boolean.TRUE : null);
            }
        });
        return box;
    }

    /** A comma-separated list such as roles. */
    TextField names(String label, String path, Object value) {
        String shown = value instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf).toList())
                : "";
        TextField field = text(label, path, null, text -> {
            List<String> items = Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .toList();
            return items.isEmpty() ? null : items;
        });
        field.setValue(shown);
        field.setHelperText("Separate with commas");
        return field;
    }

    /** Registers a field made elsewhere so its problems show on it. */
    void register(String path, HasValidation field) {
        byPlace.put(place(path), field);
    }

    /** Shows the checker's problems of this node on its fields; those without a field are returned. */
    Map<String, String> showProblems(Map<String, String> problems) {
        Map<String, String> left = new HashMap<>(problems);
        byPlace.forEach((place, field) -> {
            String message = problems.get(place);
            if (message != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                left.remove(place);
            } else if (field.isInvalid() && !unreadable.contains(place)) {
                field.setInvalid(false);
            }
        });
        return left;
    }

    /** The checker's name for a path: {@code branches.0.when} is {@code branches[0].when}. */
    static String place(String path) {
        return path.replaceAll("\\.(\\d+)", "[$1]");
    }

    String fieldId(String path) {
        return "edit-" + node + "-" + path.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
