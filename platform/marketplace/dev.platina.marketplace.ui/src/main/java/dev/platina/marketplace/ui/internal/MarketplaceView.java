package dev.platina.marketplace.ui.internal;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.shared.Registration;
import dev.platina.identity.api.Caller;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Installation;
import dev.platina.ui.api.UiSession;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The marketplace: the catalogue on the left, the chosen skill on the right ({@code ?skill=<id>}, so a skill can be
 * linked to). Installs run in the background on the server; the page polls their progress. Enabling or disabling
 * navigates again so the menu shows or drops the skill's screens at once.
 */
@PageTitle("Marketplace")
public final class MarketplaceView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final String SKILL_PARAMETER = "skill";
    private static final int POLL_MILLIS = 400;

    private final MarketplaceAccess access = new BundleMarketplaceAccess();
    private final TextField search = new TextField();
    private final Select<MarketplacePresenter.Show> show = new Select<>();
    private final Div problems = new Div();
    private final Paragraph failure = new Paragraph();
    private final Grid<CatalogSkill> catalogue = new Grid<>();
    private final Paragraph choose = new Paragraph("Choose a skill to see what it does, what it needs and its versions.");
    private final SkillPanel details = new SkillPanel(new PanelActions());
    private MarketplacePresenter presenter;
    private Optional<String> selected = Optional.empty();
    private String shownSkill;
    private Optional<UUID> running = Optional.empty();
    private Registration polling;

    public MarketplaceView() {
        setId("marketplace-view");
        search.setId("marketplace-search");
        search.setPlaceholder("Search by name, summary, category or publisher");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refreshCatalogue());
        show.setId("marketplace-show");
        show.setItems(MarketplacePresenter.Show.values());
        show.setItemLabelGenerator(MarketplacePresenter.Show::label);
        show.setValue(MarketplacePresenter.Show.ALL);
        show.addValueChangeListener(change -> refreshCatalogue());
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Marketplace"), search, show);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        problems.setId("marketplace-problems");
        failure.setId("marketplace-failure");
        failure.getStyle().set("color", "var(--lumo-error-text-color)");

        catalogue.setId("marketplace-catalog");
        catalogue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        catalogue.addColumn(CatalogSkill::name).setHeader("Skill").setAutoWidth(true).setFlexGrow(1);
        catalogue.addColumn(CatalogSkill::category).setHeader("Category").setAutoWidth(true);
        catalogue.addColumn(CatalogSkill::publisher).setHeader("Publisher").setAutoWidth(true);
        catalogue.addColumn(SkillOffer::status).setHeader("Status").setAutoWidth(true);
        catalogue.setClassNameGenerator(skill -> "skill-" + skill.id());
        catalogue.addItemClickListener(click -> open(click.getItem().id()));
        catalogue.setHeight("min(36em, 70vh)");
        // Side by side on a desktop; on a phone the details wrap below the list.
        catalogue.getStyle().set("flex", "3 1 24em");

        choose.setId("marketplace-choose");
        VerticalLayout right = new VerticalLayout(choose, details);
        right.setPadding(false);
        right.getStyle().set("flex", "2 1 20em");
        HorizontalLayout body = new HorizontalLayout(catalogue, right);
        body.setWidthFull();
        body.setWrap(true);
        add(toolbar, problems, failure, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Caller> caller = UiSession.caller();
        if (caller.isEmpty()) {
            return;
        }
        try {
            presenter = new MarketplacePresenter(access, caller.get());
        } catch (RuntimeException e) {
            presenter = null;
            fail(MarketplacePresenter.messageFor(e));
            return;
        }
        selected = Optional.ofNullable(event.getLocation().getQueryParameters().getParameters()
                .getOrDefault(SKILL_PARAMETER, List.of()).stream().findFirst().orElse(null));
        refreshCatalogue();
        refreshProblems();
        refreshDetails();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // Back on the page while a change still runs: pick the progress up again.
        running.ifPresent(id -> startPolling(attachEvent.getUI()));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    private void open(String skillId) {
        if (!selected.equals(Optional.of(skillId))) {
            details.say("", false);
        }
        navigateTo(skillId);
    }

    private void navigateTo(String skillId) {
        getUI().ifPresent(ui -> ui.navigate(MarketplaceContribution.ROUTE,
                new QueryParameters(Map.of(SKILL_PARAMETER, List.of(skillId)))));
    }

    private void refreshCatalogue() {
        if (presenter == null) {
            return;
        }
        try {
            catalogue.setItems(presenter.catalogue(search.getValue(), show.getValue()));
            failure.setVisible(false);
        } catch (RuntimeException e) {
            fail(MarketplacePresenter.messageFor(e));
        }
    }

    private void refreshProblems() {
        problems.removeAll();
        try {
            for (String problem : presenter.repositoryProblems()) {
                Paragraph line = new Paragraph("Left out of the catalogue: " + problem);
                line.addClassName("marketplace-problem");
                line.getStyle().set("color", "var(--lumo-error-text-color)");
                problems.add(line);
            }
        } catch (RuntimeException e) {
            fail(MarketplacePresenter.messageFor(e));
        }
    }

    private void refreshDetails() {
        Optional<MarketplacePresenter.SkillPage> page;
        try {
            page = selected.flatMap(presenter::skill);
        } catch (RuntimeException e) {
            fail(MarketplacePresenter.messageFor(e));
            return;
        }
        choose.setVisible(page.isEmpty());
        details.setVisible(page.isPresent());
        page.ifPresent(details::show);
        // On a phone the details sit below the list: bring a newly chosen skill into view, once.
        if (page.isPresent() && !page.get().skill().id().equals(shownSkill)) {
            details.scrollIntoView();
        }
        shownSkill = page.map(shown -> shown.skill().id()).orElse(null);
        if (selected.isPresent() && page.isEmpty()) {
            choose.setText("The skill '" + selected.get() + "' is not in the catalogue. Choose one from the list.");
        }
        if (running.isPresent()) {
            details.progress(Optional.empty(), "Working…");
        }
    }

    /** Shows the new state, then navigates again so the menu adds or drops the skill's screens. */
    private void changedForOrganisation(String skillId, String message) {
        refreshCatalogue();
        refreshDetails();
        details.say(message, false);
        navigateTo(skillId);
    }

    private void fail(String message) {
        failure.setText(message);
        failure.setVisible(true);
    }

    private void started(Installation installation) {
        running = Optional.of(installation.id());
        details.say("", false);
        details.progress(Optional.of(installation.progress()), installation.step());
        getUI().ifPresent(this::startPolling);
    }

    private void startPolling(UI ui) {
        stopPolling(ui);
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> pollProgress());
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    private void pollProgress() {
        if (running.isEmpty() || presenter == null) {
            getUI().ifPresent(this::stopPolling);
            return;
        }
        Optional<Installation> installation;
        try {
            installation = presenter.installation(running.get());
        } catch (RuntimeException e) {
            // The marketplace restarting loses nothing: the change finishes or is undone on its side.
            details.progress(Optional.empty(), MarketplacePresenter.messageFor(e));
            return;
        }
        if (installation.isEmpty()) {
            finish("The marketplace no longer knows this change (it was restarted). Check the skill's status.",
                    true);
            return;
        }
        Installation now = installation.get();
        if (!now.finished()) {
            details.progress(Optional.of(now.progress()), now.step());
            return;
        }
        if (now.state() == Installation.State.INSTALLED) {
            finish(MarketplacePresenter.doneMessage(now, details.skillName()), false);
        } else {
            finish(now.error().orElse("The change failed and was undone."), true);
        }
    }

    private void finish(String message, boolean problem) {
        running = Optional.empty();
        getUI().ifPresent(this::stopPolling);
        details.idle();
        refreshCatalogue();
        refreshDetails();
        details.say(message, problem);
    }

    /** Runs a slow call off the request thread, with a moving bar meanwhile; the page hears the end through push. */
    private void inBackground(String step, Runnable work, String done) {
        UI ui = UI.getCurrent();
        details.progress(Optional.empty(), step);
        CompletableFuture.runAsync(work).whenComplete((ignored, error) -> ui.access(() -> {
            details.idle();
            refreshCatalogue();
            refreshDetails();
            if (error == null) {
                details.say(done, false);
            } else {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                details.say(cause instanceof RuntimeException runtime ? MarketplacePresenter.messageFor(runtime)
                        : String.valueOf(cause.getMessage()), true);
            }
        }));
    }

    /** The panel's buttons, carried out for the selected skill. */
    private final class PanelActions implements SkillPanel.Actions {

        private static final long serialVersionUID = 1L;

        @Override
        public void change(String version) {
            act(id -> started(presenter.install(id, version)));
        }

        @Override
        public void rollback() {
            act(id -> started(presenter.rollback(id)));
        }

        @Override
        public void uninstall(int organizationsUsingIt) {
            String id = selected.orElseThrow();
            String name = details.skillName();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("confirm-uninstall");
            confirm.setHeader("Uninstall " + name + "?");
            confirm.setText(organizationsUsingIt == 0
                    ? "It is removed from this platform; nobody uses it now. You can install it again later."
                    : organizationsUsingIt + (organizationsUsingIt == 1 ? " organisation uses" : " organisations use")
                            + " it. Uninstalling turns it off for them at once and removes it from this platform;"
                            + " their admins must enable it again after a reinstall.");
            confirm.setCancelable(true);
            confirm.setConfirmText(organizationsUsingIt == 0 ? "Uninstall" : "Uninstall anyway");
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(yes -> inBackground("Uninstalling " + name + "…",
                    () -> presenter.uninstall(id, organizationsUsingIt > 0),
                    name + " was uninstalled from this platform."));
            confirm.open();
        }

        @Override
        public void enable(Set<String> permissions) {
            act(id -> {
                presenter.enable(id, permissions);
                changedForOrganisation(id, details.skillName() + " is enabled for your organisation; its screens are"
                        + " in the menu and its services answer your users now.");
            });
        }

        @Override
        public void disable() {
            act(id -> {
                presenter.disable(id);
                changedForOrganisation(id, details.skillName() + " is turned off for your organisation.");
            });
        }

        private void act(java.util.function.Consumer<String> action) {
            if (presenter == null || selected.isEmpty()) {
                return;
            }
            try {
                action.accept(selected.get());
            } catch (RuntimeException e) {
                details.say(MarketplacePresenter.messageFor(e), true);
            }
        }
    }
}
