package dev.platina.skill.directory.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.UserService;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Borrows the {@link UserService} through this bundle's own context for one search and returns it at once. Vaadin
 * views are not DS components, and a view that kept the service would hold on to it after the identity bundle
 * is updated or this skill is removed.
 */
final class BundleDirectoryLookup implements DirectoryLookup {

    private static final long serialVersionUID = 1L;

    @Override
    public Optional<List<Person>> find(Caller caller, String query) {
        Bundle bundle = FrameworkUtil.getBundle(DirectoryView.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return Optional.empty();
        }
        ServiceReference<UserService> reference;
        try {
            reference = context.getServiceReference(UserService.class);
        } catch (IllegalStateException stopping) {
            // This skill is being stopped or removed while the screen is still open.
            return Optional.empty();
        }
        UserService users = reference == null ? null : context.getService(reference);
        if (users == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Directory(users).people(caller, query));
        } finally {
            context.ungetService(reference);
        }
    }
}
