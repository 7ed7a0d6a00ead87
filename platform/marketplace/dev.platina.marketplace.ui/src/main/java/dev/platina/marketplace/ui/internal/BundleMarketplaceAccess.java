package dev.platina.marketplace.ui.internal;

import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillEnablements;
import dev.platina.ui.api.ServiceCalls;
import java.util.function.Function;

/** The marketplace services, borrowed for one call each (see {@link ServiceCalls}). */
final class BundleMarketplaceAccess implements MarketplaceAccess {

    private static final long serialVersionUID = 1L;

    @Override
    public <R> R marketplace(Function<Marketplace, R> work) {
        return ServiceCalls.borrow(BundleMarketplaceAccess.class, Marketplace.class, work,
                MarketplaceUnavailableException::new);
    }

    @Override
    public <R> R enablements(Function<SkillEnablements, R> work) {
        return ServiceCalls.borrow(BundleMarketplaceAccess.class, SkillEnablements.class, work,
                MarketplaceUnavailableException::new);
    }
}
