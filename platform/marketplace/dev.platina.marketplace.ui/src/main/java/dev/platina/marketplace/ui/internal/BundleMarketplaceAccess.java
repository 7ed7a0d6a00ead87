package dev.platina.marketplace.ui.internal;

import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillEnablements;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Borrows a marketplace service through this bundle's context for one call and returns it at once. Vaadin creates
 * the views, not DS, and a view that kept a service would hold on to it after the marketplace bundle is updated.
 */
final class BundleMarketplaceAccess implements MarketplaceAccess {

    private static final long serialVersionUID = 1L;

    @Override
    public <R> R marketplace(Function<Marketplace, R> work) {
        return borrow(Marketplace.class, work);
    }

    @Override
    public <R> R enablements(Function<SkillEnablements, R> work) {
        return borrow(SkillEnablements.class, work);
    }

    private static <S, R> R borrow(Class<S> type, Function<S, R> work) {
        Bundle bundle = FrameworkUtil.getBundle(BundleMarketplaceAccess.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new MarketplaceUnavailableException();
        }
        ServiceReference<S> reference;
        S service;
        try {
            reference = context.getServiceReference(type);
            service = reference == null ? null : context.getService(reference);
        } catch (IllegalStateException stopping) {
            // This bundle is being stopped while the screen is still open.
            throw new MarketplaceUnavailableException();
        }
        if (service == null) {
            throw new MarketplaceUnavailableException();
        }
        try {
            return work.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
