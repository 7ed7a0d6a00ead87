package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;

/** Tells a view whether it is on a narrow (phone) screen now, and again whenever the window is resized. */
final class Responsive {

    static final int NARROW_BELOW_PX = 700;

    private Responsive() {
    }

    static void onWidthClass(Component view, SerializableConsumer<Boolean> narrow) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            ui.getPage().retrieveExtendedClientDetails(
                    details -> narrow.accept(details.getWindowInnerWidth() < NARROW_BELOW_PX));
            var registration = ui.getPage().addBrowserWindowResizeListener(
                    resize -> narrow.accept(resize.getWidth() < NARROW_BELOW_PX));
            view.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }
}
