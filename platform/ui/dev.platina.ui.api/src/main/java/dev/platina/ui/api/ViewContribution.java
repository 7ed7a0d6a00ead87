package dev.platina.ui.api;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A screen a bundle adds to the web UI, registered as an OSGi service. The UI host registers {@link #view()} under
 * {@link #route()} while the service exists, lists it in the navigation of users holding
 * {@link #requiredPermission()}, and refuses the route to everybody else.
 */
@ConsumerType
public interface ViewContribution {

    /** The URL path below the UI root, e.g. {@code skills/hello}; letters, digits, '-', '_' and '/' only. */
    String route();

    /** The navigation label and page title. */
    String title();

    /** A Vaadin icon name such as {@code vaadin:envelope}, or empty for none. */
    default String icon() {
        return "";
    }

    /** The navigation group the entry is listed under, e.g. {@code Skills}. */
    default String section() {
        return "Skills";
    }

    /** Position inside the section; lower comes first. */
    default int order() {
        return 100;
    }

    /** The permission a user needs to see and open the view; empty lets every signed-in user in. */
    default Optional<String> requiredPermission() {
        return Optional.empty();
    }

    /** The view class; it needs a public no-argument constructor. */
    Class<? extends Component> view();
}
