package dev.platina.skill.directory.internal;

import com.vaadin.flow.component.Component;
import dev.platina.ui.api.ViewContribution;

/**
 * Adds the team directory to the navigation of every signed-in user while this skill is installed. It asks for
 * no permission of its own: without {@code users:read} the screen opens and says what the admin has to grant,
 * which helps more than a missing menu entry.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class DirectoryContribution implements ViewContribution {

    @Override
    public String route() {
        return "skills/directory";
    }

    @Override
    public String title() {
        return "Team directory";
    }

    @Override
    public String icon() {
        return "vaadin:users";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Class<? extends Component> view() {
        return DirectoryView.class;
    }
}
