package dev.platina.marketplace.ui.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.CatalogSkill.CatalogVersion;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.RequestedPermission;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One skill in detail: what it does, who publishes it, its versions, the permissions it asks for in plain words and
 * the data it touches, with the actions the user may take. It only lays out and reports clicks; the screen acts.
 */
final class SkillPanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** What the user asked for on this panel. */
    interface Actions extends Serializable {

        void change(String version);

        void rollback();

        void uninstall(int organizationsUsingIt);

        void enable(Set<String> permissions);

        void disable();
    }

    private final Actions actions;
    private final ProgressBar progress = new ProgressBar();
    private final Span progressStep = new Span();
    private final Div message = new Div();
    private final Map<String, Checkbox> grants = new LinkedHashMap<>();
    private final HorizontalLayout operatorButtons = new HorizontalLayout();
    private final HorizontalLayout enableButtons = new HorizontalLayout();
    private final Div versionNote = new Div();
    private MarketplacePresenter.SkillPage page;
    private Optional<String> pickedVersion = Optional.empty();

    SkillPanel(Actions actions) {
        this.actions = actions;
        setId("skill-details");
        setPadding(false);
        progress.setId("skill-progress");
        progress.setMin(0);
        progress.setMax(100);
        progressStep.setId("skill-progress-step");
        message.setId("skill-message");
        message.getElement().setAttribute("role", "status");
        versionNote.setId("skill-version-note");
    }

    /** Shows the skill, keeping the version the user picked while it is still something to install. */
    void show(MarketplacePresenter.SkillPage shown) {
        this.page = shown;
        CatalogSkill skill = shown.skill();
        // Once the picked version is installed (or gone), the next offer starts from the newest again.
        if (pickedVersion.isPresent() && (skill.installedVersion().equals(pickedVersion) || skill.versions().stream()
                .noneMatch(v -> v.descriptor().version().equals(pickedVersion.get())))) {
            pickedVersion = Optional.empty();
        }
        SkillOffer offer = shown.offer(pickedVersion);
        removeAll();
        grants.clear();

        H3 name = new H3(skill.name());
        name.setId("skill-name");
        Span status = new Span(offer.status());
        status.setId("skill-status");
        status.getElement().getThemeList().add(skill.enabled() ? "badge success" : "badge contrast");
        HorizontalLayout title = new HorizontalLayout(name, status);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(title, new Paragraph(skill.summary()),
                new Span("By " + skill.publisher() + (skill.category().isBlank() ? "" : " · " + skill.category())));

        add(versions(skill, offer));
        add(permissions(offer, skill));
        add(dataTouched(offer.permissionsFrom()));
        if (!offer.permissionsFrom().requires().isEmpty()) {
            add(new H4("Needs"), list(offer.permissionsFrom().requires().stream()
                    .map(r -> r.skill() + " " + r.minimumVersion() + " or later").toList()));
        }
        buttons(offer);
        progress.setVisible(false);
        progressStep.setVisible(false);
        add(operatorButtons, enableButtons, progress, progressStep, message);
    }

    String skillName() {
        return page == null ? "The skill" : page.skill().name();
    }

    /** Shows a running or finished change's progress; an unknown amount shows as a moving bar. */
    void progress(Optional<Integer> percent, String step) {
        progress.setVisible(true);
        progressStep.setVisible(true);
        progress.setIndeterminate(percent.isEmpty());
        percent.ifPresent(progress::setValue);
        progressStep.setText(step);
        setBusy(true);
    }

    void idle() {
        progress.setVisible(false);
        progressStep.setVisible(false);
        setBusy(false);
    }

    void say(String text, boolean problem) {
        message.setText(text);
        message.getStyle().set("color", problem ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        message.getElement().setAttribute("role", problem ? "alert" : "status");
    }

    private Div versions(CatalogSkill skill, SkillOffer offer) {
        Div section = new Div();
        section.add(new H4("Versions"));
        if (page.powers().operator() && skill.versions().size() > 1) {
            Select<String> picker = new Select<>();
            picker.setId("skill-version");
            picker.setLabel("Version to install");
            picker.setItems(skill.versions().stream().map(v -> v.descriptor().version()).toList());
            picker.setItemLabelGenerator(v -> versionLabel(skill, v));
            picker.setValue(pickedVersion.orElse(skill.versions().get(0).descriptor().version()));
            picker.addValueChangeListener(change -> {
                if (change.isFromClient() && change.getValue() != null) {
                    pickedVersion = Optional.of(change.getValue());
                    show(page);
                }
            });
            section.add(picker);
        } else {
            section.add(list(skill.versions().stream().map(v -> versionLabel(skill, v.descriptor().version()))
                    .toList()));
        }
        offer.changeBlocked().ifPresent(reason -> {
            versionNote.setText(reason);
            section.add(versionNote);
        });
        return section;
    }

    private static String versionLabel(CatalogSkill skill, String version) {
        CatalogVersion entry = skill.versions().stream().filter(v -> v.descriptor().version().equals(version))
                .findFirst().orElseThrow();
        StringBuilder label = new StringBuilder(version);
        if (skill.versions().get(0) == entry) {
            label.append(" (newest)");
        }
        if (skill.installedVersion().filter(version::equals).isPresent()) {
            label.append(" · installed");
        }
        if (!entry.trusted()) {
            label.append(" · signed by an untrusted key");
        }
        return label.toString();
    }

    private Div permissions(SkillOffer offer, CatalogSkill skill) {
        Div section = new Div();
        section.setId("skill-permissions");
        section.add(new H4("Permissions it asks for"));
        if (offer.permissionsFrom().permissions().isEmpty()) {
            section.add(new Paragraph("None. It works without access to your organisation's users, roles or other"
                    + " records."));
            return section;
        }
        boolean editable = offer.enable().isPresent();
        for (RequestedPermission permission : offer.permissionsFrom().permissions()) {
            Checkbox grant = new Checkbox(permission.description());
            grant.setId("grant-" + permission.id().replace(':', '-'));
            grant.getElement().setAttribute("data-permission", permission.id());
            // Enabling for the first time proposes everything asked for; later the saved grant is shown.
            grant.setValue(!skill.enabled() || skill.grantedPermissions().contains(permission.id()));
            grant.setReadOnly(!editable);
            grant.setHelperText("Why: " + permission.reason());
            grants.put(permission.id(), grant);
            section.add(new Div(grant));
        }
        if (editable) {
            section.add(new Paragraph("Untick a permission to enable the skill without it; the parts of the skill"
                    + " that need it will say so."));
        }
        return section;
    }

    private static Div dataTouched(SkillDescriptor descriptor) {
        Div section = new Div();
        section.add(new H4("Data it touches"));
        section.add(descriptor.dataTouched().isEmpty()
                ? new Paragraph("None of your organisation's data.")
                : list(descriptor.dataTouched()));
        return section;
    }

    private void buttons(SkillOffer offer) {
        operatorButtons.removeAll();
        enableButtons.removeAll();
        offer.change().ifPresent(change -> {
            Button install = new Button(change.label(), click -> actions.change(change.version()));
            install.setId("skill-install");
            install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            operatorButtons.add(install);
        });
        offer.rollbackTo().ifPresent(version -> {
            Button rollback = new Button("Roll back to " + version, click -> actions.rollback());
            rollback.setId("skill-rollback");
            operatorButtons.add(rollback);
        });
        if (offer.uninstall()) {
            Button uninstall = new Button("Uninstall", click -> actions.uninstall(offer.usersBlockingUninstall()));
            uninstall.setId("skill-uninstall");
            uninstall.addThemeVariants(ButtonVariant.LUMO_ERROR);
            operatorButtons.add(uninstall);
        }
        offer.enable().ifPresent(label -> {
            Button enable = new Button(label, click -> actions.enable(grants.entrySet().stream()
                    .filter(e -> e.getValue().getValue()).map(Map.Entry::getKey).collect(Collectors.toSet())));
            enable.setId("skill-enable");
            enable.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
            enableButtons.add(enable);
        });
        if (offer.disable()) {
            Button disable = new Button("Disable for my organisation", click -> actions.disable());
            disable.setId("skill-disable");
            enableButtons.add(disable);
        }
        offer.enableBlocked().ifPresent(reason -> {
            Paragraph note = new Paragraph(reason);
            note.setId("skill-enable-note");
            enableButtons.add(note);
        });
        operatorButtons.setVisible(operatorButtons.getComponentCount() > 0);
        enableButtons.setVisible(enableButtons.getComponentCount() > 0);
    }

    private void setBusy(boolean busy) {
        operatorButtons.setEnabled(!busy);
        enableButtons.setEnabled(!busy);
    }

    private static UnorderedList list(java.util.List<String> items) {
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
