package dev.platina.notification.ui.internal;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import dev.platina.core.api.InvalidInputException;
import dev.platina.identity.api.Caller;
import dev.platina.notification.api.NotificationPreferences;
import dev.platina.notification.api.NotificationService;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which channels reach the person, quiet hours and their time zone; saved through the notification service. */
final class PreferencesForm extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    /** Region/City names (what people recognise) and UTC, the default of someone who never chose. */
    private static final List<String> ZONES = java.util.stream.Stream.concat(java.util.stream.Stream.of("UTC"),
            ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                    && !z.startsWith("SystemV/")).sorted()).toList();

    private final Caller caller;
    private final Map<String, Checkbox> channels = new LinkedHashMap<>();
    private final VerticalLayout channelList = new VerticalLayout();
    private final Checkbox quiet = new Checkbox("Quiet hours: hold notifications back until they end");
    private final TimePicker from = new TimePicker("From");
    private final TimePicker until = new TimePicker("Until");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final Paragraph error = new Paragraph();

    PreferencesForm(Caller caller) {
        this.caller = caller;
        setPadding(false);
        channelList.setPadding(false);
        channelList.setSpacing(false);
        channelList.setId("notification-channels");
        quiet.setId("quiet-hours");
        from.setId("quiet-from");
        until.setId("quiet-until");
        for (TimePicker picker : List.of(from, until)) {
            picker.setStep(Duration.ofMinutes(15));
            picker.setWidth("9em");
        }
        quiet.addValueChangeListener(change -> showQuietHours(change.getValue()));
        zone.setId("time-zone");
        zone.setItems(ZONES);
        zone.setAllowCustomValue(false);
        zone.setWidthFull();
        zone.setMaxWidth("24em");
        zone.setHelperText("Quiet hours and times in messages use it.");
        Button here = new Button("Use this device's time zone", click -> useDeviceZone());
        here.setId("time-zone-device");
        here.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        error.setId("notification-preferences-error");
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        Button save = new Button("Save", click -> save());
        save.setId("notification-preferences-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout times = new FlexLayout(from, until);
        times.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        times.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H3("Channels"), new Paragraph("Approvals and other messages reach you on every channel that is on."),
                channelList, new H3("Quiet hours"), quiet, times, zone, here, error, save);
        load();
    }

    private void load() {
        NotificationPreferences saved;
        List<NotificationService.ChannelInfo> installed;
        try {
            saved = Services.borrow(NotificationService.class, service -> service.preferences(caller));
            installed = Services.borrow(NotificationService.class, NotificationService::channels);
        } catch (RuntimeException e) {
            error.setText(e.getMessage());
            return;
        }
        PreferencesDraft draft = PreferencesDraft.of(saved);
        channelList.removeAll();
        channels.clear();
        for (NotificationService.ChannelInfo channel : installed) {
            Checkbox box = new Checkbox(channel.description());
            box.setId("channel-" + channel.name());
            box.setValue(!draft.mutedChannels().contains(channel.name()));
            channels.put(channel.name(), box);
            channelList.add(box);
        }
        quiet.setValue(draft.quietHours());
        from.setValue(draft.quietFrom());
        until.setValue(draft.quietUntil());
        zone.setValue(ZONES.contains(draft.timeZone()) ? draft.timeZone() : null);
        showQuietHours(draft.quietHours());
    }

    private void showQuietHours(boolean on) {
        from.setEnabled(on);
        until.setEnabled(on);
    }

    private void useDeviceZone() {
        UI.getCurrent().getPage().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone || ''")
                .then(String.class, id -> {
                    if (ZONES.contains(id)) {
                        zone.setValue(id);
                    } else {
                        error.setText("This device did not say its time zone; choose it from the list.");
                    }
                });
    }

    private void save() {
        clearErrors();
        Set<String> muted = new HashSet<>();
        channels.forEach((name, box) -> {
            if (!box.getValue()) {
                muted.add(name);
            }
        });
        try {
            NotificationPreferences wanted = new PreferencesDraft(muted, quiet.getValue(), from.getValue(),
                    until.getValue(), zone.getValue()).toPreferences();
            Services.borrow(NotificationService.class, service -> service.updatePreferences(caller, wanted));
            Notification.show("Notification settings saved.", 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            markFields(e.fieldErrors());
            // The fields show their own message; the line repeats them for screen readers, without field keys.
            error.setText(String.join(" ", e.fieldErrors().values().stream().map(m -> m.endsWith(".") ? m : m + ".")
                    .toList()));
        } catch (RuntimeException e) {
            error.setText("Your settings were not saved: " + e.getMessage());
        }
    }

    private void markFields(Map<String, String> errors) {
        mark(from, errors.get(PreferencesDraft.FROM));
        mark(until, errors.get(PreferencesDraft.UNTIL));
        mark(zone, errors.get(PreferencesDraft.ZONE));
    }

    private static void mark(HasValidation field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }

    private void clearErrors() {
        error.setText("");
        markFields(Map.of());
    }
}
