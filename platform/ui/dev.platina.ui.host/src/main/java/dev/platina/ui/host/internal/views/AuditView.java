package dev.platina.ui.host.internal.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.audit.api.AuditQuery;
import dev.platina.audit.api.AuditRecord;
import dev.platina.identity.api.Caller;
import dev.platina.ui.host.internal.PlatinaServices;
import dev.platina.ui.host.internal.shell.SignedIn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

/** The organisation's audit trail, newest first, filtered by action, outcome and period. */
@PageTitle("Audit log")
public final class AuditView extends VerticalLayout {

    public static final String ROUTE = "audit";
    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;

    private final Grid<AuditRecord> grid = new Grid<>();
    private final TextField action = new TextField("Action");
    private final Select<String> outcome = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Caller caller;
    private ZoneId zone = ZoneId.of("UTC");

    public AuditView() {
        setId("audit-view");
        setSizeFull();
        caller = SignedIn.caller();

        action.setPlaceholder("e.g. user.create");
        action.setClearButtonVisible(true);
        outcome.setLabel("Outcome");
        outcome.setItems("Any", "SUCCESS", "FAILURE", "DENIED");
        outcome.setValue("Any");
        Button apply = new Button("Apply", click -> refresh());
        apply.setId("audit-apply");
        FlexLayout filters = new FlexLayout(action, outcome, from, to, apply);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        filters.getStyle().set("gap", "var(--lumo-space-s)");

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);
        grid.setId("audit-grid");
        grid.addColumn(r -> time.format(r.occurredAt().atZone(zone))).setHeader("When").setAutoWidth(true);
        grid.addColumn(r -> r.event().actorName()).setHeader("Who").setAutoWidth(true);
        grid.addColumn(r -> r.event().action()).setHeader("Action").setAutoWidth(true);
        var outcomeColumn = grid.addColumn(r -> r.event().outcome().name()).setHeader("Outcome").setAutoWidth(true);
        var details = grid.addColumn(r -> r.event().details().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
                .setHeader("Details").setFlexGrow(1);
        Responsive.onWidthClass(this, narrow -> {
            details.setVisible(!narrow);
            outcomeColumn.setVisible(!narrow);
        });
        addAttachListener(attach -> attach.getUI().getPage().retrieveExtendedClientDetails(client -> {
            zone = ZoneId.of(client.getTimeZoneId());
            refresh();
        }));
        add(new H2("Audit log"), filters, grid);
        refresh();
    }

    private void refresh() {
        Instant start = from.isEmpty() ? null : from.getValue().atStartOfDay(zone).toInstant();
        LocalDate end = to.getValue();
        AuditQuery query = new AuditQuery(action.isEmpty() ? null : action.getValue().trim(), null, null,
                "Any".equals(outcome.getValue()) ? null : AuditOutcome.valueOf(outcome.getValue()), start,
                end == null ? null : end.plusDays(1).atStartOfDay(zone).toInstant(), null, SHOWN);
        grid.setItems(PlatinaServices.current().audit().find(caller, query).items());
    }
}
