package dev.platina.skill.directory.internal;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.platina.ui.api.UiSession;

/** The team directory screen: a search field over a list of colleagues. */
public final class DirectoryView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final DirectoryPresenter presenter = new DirectoryPresenter(new BundleDirectoryLookup());
    private final TextField search = new TextField();
    private final Grid<Person> grid = new Grid<>();
    private final Paragraph denied = new Paragraph();
    private final Paragraph unavailable = new Paragraph();

    public DirectoryView() {
        setId("team-directory");
        setSizeFull();
        search.setId("directory-search");
        search.setPlaceholder("Search by name, user name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(DirectoryResource.MAX_QUERY);
        search.setWidth("24em");
        // LAZY searches once typing pauses instead of on every key.
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> show(change.getValue()));

        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Person::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(Person::username).setHeader("User name").setAutoWidth(true);
        grid.addColumn(Person::email).setHeader("E-mail").setAutoWidth(true);
        denied.setId("directory-denied");
        unavailable.setId("directory-unavailable");

        add(new H2("Team directory"), search, denied, unavailable, grid);
        show("");
    }

    private void show(String query) {
        DirectoryPresenter.Outcome outcome = presenter.search(UiSession.caller(), query);
        grid.setItems(outcome.people());
        denied.setText(outcome.denied());
        unavailable.setText(outcome.unavailable());
        denied.setVisible(!outcome.denied().isEmpty());
        unavailable.setVisible(!outcome.unavailable().isEmpty());
        // Searching cannot help until the admin grants the permission.
        search.setVisible(outcome.denied().isEmpty());
        grid.setVisible(outcome.denied().isEmpty());
    }
}
