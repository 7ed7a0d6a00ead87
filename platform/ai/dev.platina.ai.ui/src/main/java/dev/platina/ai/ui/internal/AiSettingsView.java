package dev.platina.ai.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.UiSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings > AI: the organisation's engine and budget (changed by administrators, read by everyone else), this
 * month's use, and the signed-in person's own learning choice.
 */
@PageTitle("AI settings")
public final class AiSettingsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private EngineForm engine;

    public AiSettingsView() {
        setId("ai-settings-view");
        setMaxWidth("44rem");
        add(new H2("AI"));
        Caller caller = UiSession.caller().orElse(null);
        if (caller == null) {
            add(new Paragraph("Sign in to see the AI settings."));
            return;
        }
        AiSettings settings;
        try {
            settings = Services.borrow(AiSettingsService.class, service -> service.get(caller));
        } catch (RuntimeException e) {
            Paragraph failure = new Paragraph("The AI settings cannot be shown now: " + e.getMessage());
            failure.setId("ai-settings-failure");
            add(failure);
            return;
        }
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        UsagePanel usage = new UsagePanel(caller, locale);
        engine = new EngineForm(caller, settings, caller.has(Permission.SETTINGS_WRITE), stored -> usage.refresh());
        add(engine, usage, new LearningSection(caller));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().executeJs(AiStyles.INSTALL, AiStyles.CSS);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            if (engine != null) {
                readersZone(details.getTimeZoneId()).ifPresent(engine::inTimeZone);
            }
        });
    }

    private static Optional<ZoneId> readersZone(String id) {
        try {
            return id == null || id.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
