package dev.platina.ui.host.internal.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.theme.Theme;

/**
 * Logo and product name of the current brand. It keeps the whole page in that brand: it applies the theme when it
 * is attached (e.g. right after sign-in) and again whenever theme bundles come or go.
 */
public final class BrandHeader extends HorizontalLayout {

    private static final long serialVersionUID = 1L;

    private final Image logo = new Image();
    private final Span productName = new Span();
    private Runnable stopListening = () -> { };

    public BrandHeader() {
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        setSpacing(true);
        logo.setHeight("2rem");
        logo.addClassName("platina-logo");
        productName.setId("product-name");
        productName.addClassName("platina-product-name");
        productName.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        add(logo, productName);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        show(Branding.apply(ui));
        stopListening = PlatinaServices.current().themes().listen(() -> ui.access(() -> show(Branding.apply(ui))));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening.run();
        super.onDetach(detachEvent);
    }

    private void show(Theme theme) {
        logo.setSrc(theme.resource("logo.svg"));
        logo.setAlt(theme.productName());
        productName.setText(theme.productName());
        getUI().ifPresent(ui -> ui.getPage().setTitle(theme.productName()));
    }
}
