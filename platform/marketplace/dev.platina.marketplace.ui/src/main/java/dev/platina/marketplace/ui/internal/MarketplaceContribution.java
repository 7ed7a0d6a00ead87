package dev.platina.marketplace.ui.internal;

import com.vaadin.flow.component.Component;
import dev.platina.identity.api.Permission;
import dev.platina.ui.api.ViewContribution;
import java.util.Optional;

/**
 * Puts the marketplace in the Administration section for those who may enable skills for their organisation. The
 * operator (an Admin of the platform organisation) also installs and removes skills from the same screen.
 */
@org.osgi.service.component.annotations.Component(service = ViewContribution.class)
public final class MarketplaceContribution implements ViewContribution {

    static final String ROUTE = "marketplace";

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public String title() {
        return "Marketplace";
    }

    @Override
    public String icon() {
        return "vaadin:shop";
    }

    @Override
    public String section() {
        return "Administration";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Optional<String> requiredPermission() {
        return Optional.of(Permission.SKILLS_ENABLE);
    }

    @Override
    public Class<? extends Component> view() {
        return MarketplaceView.class;
    }
}
