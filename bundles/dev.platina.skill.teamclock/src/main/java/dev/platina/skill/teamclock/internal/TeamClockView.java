package dev.platina.skill.teamclock.internal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.platina.ui.api.UiSession;
import java.time.Instant;

/** The team clock screen: which colleagues are in working hours right now. */
public final class TeamClockView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final TeamClock clock = new TeamClock();
    private final Grid<TeamClock.Place> grid = new Grid<>();
    private final Paragraph error = new Paragraph();

    public TeamClockView() {
        setId("team-clock");
        String who = UiSession.caller().map(c -> c.username()).orElse("you");
        add(new H2("Team clock"), new Paragraph("The time now where your team works, " + who
                + ". Places in working hours (08:00-18:00) are marked."));
        for (String zone : new String[] {"America/New_York", "Europe/London", "Europe/Berlin", "Asia/Kolkata"}) {
            clock.add(zone);
        }
        TextField zone = new TextField("Add a place");
        zone.setPlaceholder("e.g. Asia/Tokyo");
        Button add = new Button("Add", click -> {
            try {
                clock.add(zone.getValue());
                zone.clear();
                error.setText("");
                refresh();
            } catch (IllegalArgumentException e) {
                error.setText(e.getMessage());
            }
        });
        HorizontalLayout adder = new HorizontalLayout(zone, add);
        adder.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        grid.addColumn(TeamClock.Place::zone).setHeader("Place").setAutoWidth(true);
        grid.addColumn(TeamClock.Place::time).setHeader("Time").setAutoWidth(true);
        grid.addColumn(TeamClock.Place::day).setHeader("Day").setAutoWidth(true);
        grid.addColumn(p -> p.workingHours() ? "Working hours" : "").setHeader("").setAutoWidth(true);
        add(adder, error, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clock.at(Instant.now()));
    }
}
