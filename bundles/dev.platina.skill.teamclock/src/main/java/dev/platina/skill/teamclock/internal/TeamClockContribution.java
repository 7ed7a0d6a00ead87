package dev.platina.skill.teamclock.internal;

import com.vaadin.flow.component.Component;
import dev.platina.ui.api.ViewContribution;

/** Adds the team clock to the navigation of every signed-in user while this skill is installed. */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class TeamClockContribution implements ViewContribution {

    @Override
    public String route() {
        return "skills/team-clock";
    }

    @Override
    public String title() {
        return "Team clock";
    }

    @Override
    public String icon() {
        return "vaadin:clock";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Class<? extends Component> view() {
        return TeamClockView.class;
    }
}
