package dev.platina.workflow.ui.internal.builder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.UiSession;
import dev.platina.workflow.api.Workflow;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation's workflows; {@code ?id=<id>} opens one in the builder and {@code ?new} starts a new one (for
 * those who may edit workflows).
 */
@PageTitle("Workflows")
public final class WorkflowsView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    public WorkflowsView() {
        setId("workflows-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Caller caller = UiSession.caller().orElse(null);
        if (caller == null) {
            return;
        }
        BuilderBackend backend = new BuilderBackend(caller);
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        try {
            if (query.containsKey("new") && caller.has(Permission.WORKFLOWS_EDIT)) {
                add(new Builder(backend, Optional.empty()));
            } else if (query.containsKey("id")) {
                UUID id = UUID.fromString(query.get("id").get(0));
                add(new Builder(backend, Optional.of(backend.get(id))));
            } else {
                list(backend, caller);
            }
        } catch (IllegalArgumentException e) {
            add(new H2("Workflows"), new Paragraph("That link does not name a workflow. Pick one from the list."));
            list(backend, caller);
        } catch (RuntimeException e) {
            add(new H2("Workflows"), new Paragraph(e.getMessage()));
        }
    }

    private void list(BuilderBackend backend, Caller caller) {
        add(new H2("Workflows"));
        if (caller.has(Permission.WORKFLOWS_EDIT)) {
            Button create = new Button("New workflow", click -> UI.getCurrent().navigate(WorkflowsContribution.ROUTE,
                    QueryParameters.simple(Map.of("new", ""))));
            create.setId("workflows-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        Grid<Workflow> grid = new Grid<>();
        grid.setId("workflows-grid");
        grid.addColumn(Workflow::name).setHeader("Name").setFlexGrow(2).setAutoWidth(true);
        grid.addColumn(w -> TriggerText.describe(w.definition().get("trigger"))).setHeader("Starts")
                .setFlexGrow(1);
        grid.addColumn(w -> "v" + w.version() + " · " + WHEN.format(w.updatedAt())).setHeader("Saved")
                .setAutoWidth(true);
        grid.addItemClickListener(click -> UI.getCurrent().navigate(WorkflowsContribution.ROUTE,
                QueryParameters.simple(Map.of("id", click.getItem().id().toString()))));
        grid.setItems(backend.list());
        add(grid);
    }
}
