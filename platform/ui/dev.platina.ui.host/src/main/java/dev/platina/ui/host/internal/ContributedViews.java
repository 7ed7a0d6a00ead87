package dev.platina.ui.host.internal;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.platina.ui.api.ViewContribution;
import dev.platina.ui.host.internal.shell.MainLayout;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The skills' views that exist right now. Adds and removes their routes in Vaadin's application registry as the
 * services come and go, and tells every open page so its navigation follows without a reload.
 */
public final class ContributedViews {

    private static final Logger LOG = LoggerFactory.getLogger(ContributedViews.class);
    private static final Pattern ROUTE = Pattern.compile("[a-z0-9][a-z0-9_\\-/]{0,99}");

    /** What an open page hears when the set of views changes: the contribution that left, if one did. */
    public interface Listener extends Consumer<Optional<ViewContribution>> {
    }

    private final List<ViewContribution> contributions = new ArrayList<>();
    private final Map<ViewContribution, Bundle> contributors = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private VaadinContext context;
    private Supplier<VaadinService> service = () -> null;

    synchronized void add(ViewContribution contribution, Bundle contributor) {
        if (!ROUTE.matcher(contribution.route()).matches() || BuiltInViews.isReserved(contribution.route())) {
            LOG.warn("Ignoring the view '{}' of {}: its route '{}' is not allowed", contribution.title(),
                    contribution.getClass().getName(), contribution.route());
            return;
        }
        if (contributions.stream().anyMatch(c -> c.route().equals(contribution.route()))) {
            LOG.warn("Ignoring the view '{}' of {}: another skill already serves /{}", contribution.title(),
                    contribution.getClass().getName(), contribution.route());
            return;
        }
        contributions.add(contribution);
        contributors.put(contribution, contributor);
        if (context != null) {
            register(contribution);
        }
        notifyListeners(Optional.empty());
    }

    synchronized void remove(ViewContribution contribution) {
        if (!contributions.remove(contribution)) {
            return;
        }
        contributors.remove(contribution);
        if (context != null) {
            RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context))
                    .removeRoute(contribution.route());
        }
        notifyListeners(Optional.of(contribution));
        ClassLoaderRelease.release(contribution.view().getClassLoader(), service.get());
    }

    /** Called once Vaadin has started: registers the views that arrived before it. */
    synchronized void attach(VaadinContext vaadinContext, Supplier<VaadinService> vaadinService) {
        this.context = vaadinContext;
        this.service = vaadinService;
        contributions.forEach(this::register);
    }

    synchronized void detach() {
        this.context = null;
    }

    /** The contributed views as navigation entries, each knowing the bundle that contributed it. */
    public synchronized List<NavigationEntry> current() {
        List<ViewContribution> sorted = new ArrayList<>(contributions);
        sorted.sort(Comparator.comparing(ViewContribution::section).thenComparingInt(ViewContribution::order)
                .thenComparing(ViewContribution::title));
        return sorted.stream().map(c -> NavigationEntry.of(c, contributors.get(c))).toList();
    }

    /** The entry of the contributed view whose class this is, if a bundle contributed it. */
    public synchronized Optional<NavigationEntry> forView(Class<?> viewClass) {
        return contributions.stream().filter(c -> c.view().equals(viewClass)).findFirst()
                .map(c -> NavigationEntry.of(c, contributors.get(c)));
    }

    public Runnable listen(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void register(ViewContribution contribution) {
        RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context))
                .setRoute(contribution.route(), contribution.view(), List.of(MainLayout.class));
        LOG.info("Added the view '{}' at /{}", contribution.title(), contribution.route());
    }

    private void notifyListeners(Optional<ViewContribution> removed) {
        for (Listener listener : listeners) {
            try {
                listener.accept(removed);
            } catch (RuntimeException e) {
                LOG.debug("An open page could not be updated", e);
            }
        }
    }
}
