package dev.platina.notification.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.platina.identity.api.Caller;
import dev.platina.notification.api.PushDevices;

/**
 * Push notifications on the device the page is open on. Only the page can subscribe its browser (the push service
 * hands the subscription to the page), and the page holds no API token, so the subscription comes back to the server
 * through Vaadin and is stored in-process for the signed-in person.
 */
final class DevicePush extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final Caller caller;
    private final Paragraph state = new Paragraph("Checking this device…");
    private final Button enable = new Button("Turn on notifications on this device", click -> enable());
    private final Button disable = new Button("Turn off on this device", click -> disable());

    DevicePush(Caller caller) {
        this.caller = caller;
        setPadding(false);
        setSpacing(false);
        state.setId("push-device-state");
        state.getElement().setAttribute("aria-live", "polite");
        enable.setId("push-device-enable");
        enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enable.setDisableOnClick(true);
        disable.setId("push-device-disable");
        disable.setDisableOnClick(true);
        disable.setVisible(false);
        add(new H3("This device"), state, enable, disable);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        run(attachEvent.getUI(), Scripts.STATUS, "", false);
    }

    private void enable() {
        String key;
        try {
            key = Services.borrow(PushDevices.class, PushDevices::applicationServerKey);
        } catch (Services.Unavailable e) {
            show(e.getMessage(), false);
            return;
        }
        run(UI.getCurrent(), Scripts.ENABLE, key, true);
    }

    private void disable() {
        UI.getCurrent().getPage().executeJs(Scripts.asPromise(Scripts.UNSUBSCRIBE)).then(String.class, endpoint -> {
            try {
                if (endpoint != null && !endpoint.isEmpty()) {
                    Services.borrow(PushDevices.class, devices -> devices.forget(caller, endpoint));
                }
                show("Notifications are off for this device.", false);
            } catch (RuntimeException e) {
                show("This device could not be unsubscribed: " + e.getMessage(), true);
            }
        }, error -> show("This device could not be unsubscribed: " + error, true));
    }

    /** @param subscribing whether a subscription the page reports is to be kept (else only compared) */
    private void run(UI ui, String script, String key, boolean subscribing) {
        ui.getPage().executeJs(Scripts.asPromise(script), key).then(String.class,
                answer -> handle(DeviceAnswer.parse(answer), subscribing),
                error -> handle(DeviceAnswer.parse("failed\n" + error), subscribing));
    }

    private void handle(DeviceAnswer answer, boolean subscribing) {
        switch (answer.state()) {
            case UNSUPPORTED -> show("This browser cannot receive push notifications. On an iPhone or iPad, add the app"
                    + " to the home screen and open it from there first.", false);
            case BLOCKED -> show("Blocked by the browser: allow notifications for this site in the browser's site"
                    + " settings, then press the button again.", false);
            case DISMISSED -> show("Notifications were not allowed. Press the button again and choose Allow.", false);
            case OFF -> show("Notifications are off for this device.", false);
            case FAILED -> show("This device could not subscribe: " + answer.problem().orElse("unknown reason")
                    + ". Try again later, or use e-mail below.", false);
            case SUBSCRIBED -> {
                if (subscribing) {
                    keep(answer.subscription().orElseThrow());
                } else {
                    compare(answer.subscription().orElseThrow());
                }
            }
        }
    }

    /**
     * A browser may hold a subscription made for someone else who used it before (their session ran out instead of
     * ending with sign-out): it counts as on only when it is the signed-in person's.
     */
    private void compare(DeviceAnswer.Subscription subscription) {
        try {
            boolean mine = Services.borrow(PushDevices.class, devices -> devices.isSubscribed(caller,
                    subscription.endpoint()));
            show(mine ? "Notifications are on for this device." : "Notifications are off for this device.", mine);
        } catch (Services.Unavailable e) {
            show(e.getMessage(), false);
        }
    }

    /** Stores the subscription the page made (moving it from whoever had this browser before). */
    private void keep(DeviceAnswer.Subscription subscription) {
        String userAgent = UI.getCurrent().getSession().getBrowser().getBrowserApplication();
        try {
            Services.borrow(PushDevices.class, devices -> devices.subscribe(caller, subscription.endpoint(),
                    subscription.p256dh(), subscription.auth(), userAgent));
            show("Notifications are on for this device.", true);
        } catch (RuntimeException e) {
            show("This device could not be registered: " + e.getMessage(), false);
        }
    }

    private void show(String text, boolean on) {
        state.setText(text);
        enable.setVisible(!on);
        enable.setEnabled(true);
        disable.setVisible(on);
        disable.setEnabled(true);
    }
}
