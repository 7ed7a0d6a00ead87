package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which engine answers for the organisation and how to reach it, and the monthly token budget. Everyone who may
 * read the settings sees them; only holders of {@code settings:write} get fields to change and a Save button.
 */
final class EngineForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    static final String MASKING_NOTE = "With an external provider, personal data (e-mail addresses, phone numbers,"
            + " IBANs, card numbers, and names where they can be detected) is masked before anything leaves this"
            + " installation, and put back in the answer. Prompts and answers are kept in the audit log in masked"
            + " form.";

    private final Caller caller;
    private final boolean editable;
    private final Consumer<AiSettings> saved;
    private final RadioButtonGroup<EngineChoice> engine = new RadioButtonGroup<>();
    private final Div provider = new Div();
    private final TextField baseUrl = new TextField("Base URL");
    private final TextField model = new TextField("Model");
    private final KeyControl key;
    private final Checkbox azure = new Checkbox("This is Azure OpenAI");
    private final TextField apiVersion = new TextField("Azure API version");
    private final TextField timeout = new TextField("Timeout (seconds)");
    private final TextField retries = new TextField("Retries after a failure");
    private final TextField budget = new TextField("Monthly token budget");
    private final Paragraph changed = new Paragraph();
    private final Paragraph error = new Paragraph();
    private SettingsDraft loaded;
    private AiSettings shown;
    /** The reader's time zone once the browser said it; UTC until then. */
    private ZoneId zone = ZoneOffset.UTC;

    /** @param saved told the settings as stored after each successful save */
    EngineForm(Caller caller, AiSettings settings, boolean editable, Consumer<AiSettings> saved) {
        this.caller = caller;
        this.editable = editable;
        this.saved = saved;
        this.key = new KeyControl(editable);
        setPadding(false);
        setId("ai-engine-form");
        engine.setId("ai-engine");
        engine.addClassName("pl-ai-engines");
        engine.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        engine.setItems(EngineChoice.values());
        engine.setRenderer(new ComponentRenderer<>(EngineForm::card));
        engine.setReadOnly(!editable);
        engine.setWidthFull();
        engine.setAriaLabel("Engine");
        engine.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                switched(change.getValue());
            }
        });
        baseUrl.setId("ai-base-url");
        baseUrl.addValueChangeListener(change -> {
            if (change.isFromClient() && EngineChoice.looksLikeAzure(change.getValue())) {
                azure.setValue(true);
            }
        });
        model.setId("ai-model");
        azure.setId("ai-azure");
        apiVersion.setId("ai-api-version");
        apiVersion.setPlaceholder("2024-10-21");
        apiVersion.setHelperText("Leave empty for 2024-10-21.");
        azure.addValueChangeListener(change -> apiVersion.setVisible(change.getValue()));
        timeout.setId("ai-timeout");
        timeout.setHelperText("Longest wait for one answer, 1 to 600.");
        retries.setId("ai-retries");
        retries.setHelperText("0 to 10; rate limits and outages are tried again.");
        budget.setId("ai-budget");
        budget.setHelperText("Tokens sent to and received from an external provider per calendar month (UTC); 0:"
                + " no budget. Once it is used up, calls to the provider are refused until the month ends. The"
                + " offline engine uses no tokens.");
        for (TextField field : new TextField[] {baseUrl, model, apiVersion}) {
            field.setWidthFull();
            field.setReadOnly(!editable);
        }
        for (TextField number : new TextField[] {timeout, retries, budget}) {
            number.getElement().setAttribute("inputmode", "numeric");
            number.setReadOnly(!editable);
        }
        azure.setReadOnly(!editable);
        budget.setWidthFull();
        budget.setMaxWidth("20em");
        FlexLayout limits = new FlexLayout(timeout, retries);
        limits.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        limits.getStyle().set("gap", "var(--lumo-space-m)");
        Paragraph masking = new Paragraph(MASKING_NOTE);
        masking.setId("ai-masking-note");
        masking.addClassName("pl-ai-note");
        provider.setId("ai-provider-fields");
        provider.setWidthFull();
        provider.add(baseUrl, model, key, azure, apiVersion, limits, masking);
        changed.setId("ai-settings-changed");
        changed.addClassName("pl-ai-muted");
        error.setId("ai-settings-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3("Engine"), engine, provider, budget, changed, error);
        if (editable) {
            Button save = new Button("Save", click -> save());
            save.setId("ai-settings-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(save);
        } else {
            Paragraph readOnly = new Paragraph("Only administrators (permission settings:write) can change these"
                    + " settings.");
            readOnly.setId("ai-settings-read-only");
            readOnly.addClassName("pl-ai-muted");
            add(readOnly);
        }
        show(settings);
    }

    private static Div card(EngineChoice choice) {
        Span title = new Span(choice.title());
        title.addClassName("pl-ai-engine-title");
        Span text = new Span(choice.explanation());
        text.addClassName("pl-ai-engine-text");
        Div card = new Div(title, text);
        card.setId("ai-engine-" + choice.provider());
        card.addClassName("pl-ai-engine");
        return card;
    }

    private void show(AiSettings settings) {
        loaded = SettingsDraft.of(settings);
        baseUrl.setValue(loaded.baseUrl());
        model.setValue(loaded.model());
        azure.setValue(loaded.azure());
        apiVersion.setValue(loaded.apiVersion());
        apiVersion.setVisible(loaded.azure());
        timeout.setValue(loaded.timeoutSeconds());
        retries.setValue(loaded.maxRetries());
        budget.setValue(loaded.monthlyTokenBudget());
        key.reset(settings.keySet());
        EngineChoice choice = EngineChoice.of(settings.provider()).orElse(EngineChoice.OFFLINE);
        engine.setValue(choice);
        showProviderFields(choice);
        shown = settings;
        showChanged();
    }

    /** Shows when the settings were last changed in the reader's time zone. */
    void inTimeZone(ZoneId readers) {
        zone = readers;
        showChanged();
    }

    private void showChanged() {
        changed.setText(shown.updatedAt().map(at -> "Last changed " + shown.updatedBy().map(by -> "by " + by + " ")
                .orElse("") + "on " + WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ").").orElse(
                        "Never changed: the offline engine is the default."));
    }

    private void switched(EngineChoice choice) {
        if (choice.external()) {
            baseUrl.setValue(choice.baseUrlAfterSwitch(baseUrl.getValue()));
        }
        showProviderFields(choice);
    }

    private void showProviderFields(EngineChoice choice) {
        provider.setVisible(choice.external());
        boolean openAi = choice == EngineChoice.OPENAI_COMPATIBLE;
        azure.setVisible(openAi);
        apiVersion.setVisible(openAi && azure.getValue());
        baseUrl.setHelperText(openAi ? "OpenAI: https://api.openai.com/v1 · Ollama: http://localhost:11434/v1 ·"
                + " Azure: https://<resource>.openai.azure.com/openai/deployments/<deployment>"
                : "Anthropic: https://api.anthropic.com");
        model.setHelperText(openAi ? "e.g. gpt-4o-mini or llama3.2" : "e.g. claude-sonnet-4-5");
    }

    private SettingsDraft draft() {
        EngineChoice choice = engine.getValue() == null ? EngineChoice.OFFLINE : engine.getValue();
        return new SettingsDraft(choice.provider(), baseUrl.getValue(), model.getValue(), key.action(), key.typed(),
                timeout.getValue(), retries.getValue(), azure.getValue(), apiVersion.getValue(), budget.getValue(),
                loaded.otherExtras());
    }

    private void save() {
        markFields(Map.of());
        error.setText("");
        try {
            AiSettingsChange change = draft().toChange();
            AiSettings stored = Services.borrow(AiSettingsService.class, service -> service.update(caller, change));
            show(stored);
            Notification.show("AI settings saved.", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            saved.accept(stored);
        } catch (InvalidInputException e) {
            Map<String, String> unplaced = markFields(e.fieldErrors());
            // Each field shows its own message; the line repeats them for screen readers and names the field of
            // any message no field here shows.
            var line = new StringBuilder("Nothing was saved.");
            e.fieldErrors().forEach((field, message) -> {
                String text = unplaced.containsKey(field) ? field + ": " + message : SettingsDraft.sentence(message);
                line.append(' ').append(text).append(text.endsWith(".") ? "" : ".");
            });
            error.setText(line.toString());
        } catch (RuntimeException e) {
            // Refused (the permission was taken away meanwhile) or the service is being updated.
            error.setText("Nothing was saved: " + e.getMessage());
        }
    }

    /** Marks each field the errors name; returns the errors no field here shows. */
    private Map<String, String> markFields(Map<String, String> errors) {
        var unplaced = new LinkedHashMap<>(errors);
        mark(baseUrl, unplaced.remove(SettingsDraft.BASE_URL));
        mark(model, unplaced.remove(SettingsDraft.MODEL));
        mark(timeout, unplaced.remove(SettingsDraft.TIMEOUT));
        mark(retries, unplaced.remove(SettingsDraft.RETRIES));
        mark(budget, unplaced.remove(SettingsDraft.BUDGET));
        key.showError(SettingsDraft.sentence(unplaced.remove(SettingsDraft.API_KEY)));
        return unplaced;
    }

    private static void mark(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(SettingsDraft.sentence(message));
    }
}
