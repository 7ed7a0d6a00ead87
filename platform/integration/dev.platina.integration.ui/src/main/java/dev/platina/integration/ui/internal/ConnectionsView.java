package dev.platina.integration.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.VaadinRequest;
import dev.platina.identity.api.Caller;
import dev.platina.integration.api.ConnectionService;
import dev.platina.integration.api.CredentialField;
import dev.platina.ui.api.ServiceCalls;
import dev.platina.ui.api.UiSession;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Settings > Connections: layout and binding only; {@link ConnectionsPresenter} holds the state and calls. Secret
 * fields are password fields that are never filled from the server: a stored secret is only said to be set.
 */
@PageTitle("Connections")
public final class ConnectionsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final Paragraph message = new Paragraph();
    private final Div cards = new Div();
    private ConnectionsPresenter presenter;

    public ConnectionsView() {
        setId("connections-view");
        setMaxWidth("52rem");
        message.setId("connections-message");
        add(new H2("Connections"), message, cards);
        Caller caller = UiSession.caller().orElse(null);
        if (caller == null) {
            message.setText("Sign in to see the connections.");
            return;
        }
        presenter = new ConnectionsPresenter(caller, new ConnectionsPresenter.ServiceAccess() {
            @Override
            public <T> T call(java.util.function.Function<ConnectionService, T> work) {
                return ServiceCalls.borrow(ConnectionsView.class, ConnectionService.class, work,
                        () -> new IllegalStateException("Connections are being updated. Try again in a moment."));
            }
        }, origin(), Locale.ENGLISH);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ConnectionsPresenter.returnMessage(event.getLocation().getQueryParameters().getParameters())
                .ifPresent(message::setText);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        attachEvent.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                if (presenter != null && details.getTimeZoneId() != null
                        && presenter.inTimeZone(ZoneId.of(details.getTimeZoneId()))) {
                    refresh();
                }
            } catch (DateTimeException ignored) {
                // The reader's zone is unknown: times stay in UTC.
            }
        });
    }

    private void refresh() {
        cards.removeAll();
        try {
            presenter.cards().forEach(card -> cards.add(cardOf(card)));
            if (cards.getChildren().findAny().isEmpty()) {
                cards.add(new Paragraph("No connector is installed. Connectors come with skills from the"
                        + " marketplace, such as Stripe."));
            }
        } catch (RuntimeException e) {
            message.setText("The connections cannot be shown now: " + e.getMessage());
        }
    }

    private Div cardOf(ConnectorCard card) {
        Div box = new Div();
        box.setId("connector-" + card.id());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border"
                + "-radius-m)").set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-m)");
        Span state = new Span(card.stateLabel());
        state.getElement().getThemeList().add("badge " + card.stateTheme());
        state.setId("connector-" + card.id() + "-state");
        box.add(new HorizontalLayout(new H3(card.name()), state), new Paragraph(card.description()));
        card.lastError().ifPresent(error -> {
            Paragraph line = new Paragraph(error);
            line.setId("connector-" + card.id() + "-error");
            line.getStyle().set("color", "var(--lumo-error-text-color)");
            box.add(line);
        });
        card.lastSuccess().ifPresent(text -> box.add(new Paragraph(text)));
        card.webhookAddress().ifPresent(address -> box.add(new Paragraph("Webhook address for " + card.name() + ": "
                + address)));
        if (card.authoriseLabel().isPresent()) {
            box.add(new Paragraph("Redirect URI to register with " + card.name() + ": "
                    + presenter.callbackAddress()));
        }
        if (!card.canChange()) {
            return box;
        }
        FormLayout form = new FormLayout();
        Map<String, com.vaadin.flow.component.HasValidation> inputs = new LinkedHashMap<>();
        Map<String, java.util.function.Supplier<String>> values = new LinkedHashMap<>();
        for (CredentialField field : card.fields()) {
            if (field.secret()) {
                PasswordField input = new PasswordField(field.label());
                input.setHelperText(field.help() + (card.secretsSet().contains(field.name())
                        ? " (stored; leave empty to keep it)" : ""));
                input.setMaxLength(4000);
                input.setId("connector-" + card.id() + "-" + field.name());
                form.add(input);
                inputs.put(field.name(), input);
                values.put(field.name(), input::getValue);
            } else {
                TextField input = new TextField(field.label());
                input.setHelperText(field.help());
                field.defaultValue().ifPresent(input::setPlaceholder);
                input.setMaxLength(4000);
                input.setId("connector-" + card.id() + "-" + field.name());
                form.add(input);
                inputs.put(field.name(), input);
                values.put(field.name(), input::getValue);
            }
        }
        Runnable clearErrors = () -> inputs.values().forEach(i -> i.setInvalid(false));
        java.util.function.Supplier<Map<String, String>> typed = () -> {
            var map = new LinkedHashMap<String, String>();
            values.forEach((name, value) -> map.put(name, value.get()));
            return map;
        };
        java.util.function.Consumer<ConnectionsPresenter.Outcome> show = outcome -> {
            message.setText(outcome.message());
            outcome.fieldErrors().forEach((name, error) -> {
                var input = inputs.get(name);
                if (input != null) {
                    input.setErrorMessage(error);
                    input.setInvalid(true);
                }
            });
            if (outcome.ok()) {
                refresh();
            }
        };
        Button connect;
        if (card.authoriseLabel().isPresent()) {
            connect = new Button(card.authoriseLabel().get(), click -> {
                clearErrors.run();
                var authorisation = presenter.authorise(card.id(), typed.get());
                authorisation.authorizeUrl().ifPresentOrElse(url -> UI.getCurrent().getPage().setLocation(url),
                        () -> show.accept(authorisation.failure()));
            });
        } else {
            connect = new Button(card.connected() ? "Save and check" : "Connect", click -> {
                clearErrors.run();
                show.accept(presenter.connect(card.id(), typed.get()));
            });
        }
        connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        connect.setId("connector-" + card.id() + "-connect");
        HorizontalLayout buttons = new HorizontalLayout(connect);
        if (card.connected()) {
            Button check = new Button("Check now", click -> show.accept(presenter.check(card.id())));
            check.setId("connector-" + card.id() + "-check");
            Button disconnect = new Button("Disconnect", click -> show.accept(presenter.disconnect(card.id())));
            disconnect.addThemeVariants(ButtonVariant.LUMO_ERROR);
            disconnect.setId("connector-" + card.id() + "-disconnect");
            buttons.add(check, disconnect);
        }
        box.add(form, buttons);
        return box;
    }

    /** The origin the browser uses, so the vendor sends it back to the same place. */
    private static String origin() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null) {
            return "";
        }
        String host = request.getHeader("Host");
        String scheme = request.getHeader("X-Forwarded-Proto");
        return (scheme == null ? (request.isSecure() ? "https" : "http") : scheme) + "://" + host;
    }
}
