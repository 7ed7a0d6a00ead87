package dev.platina.ui.host.internal;

import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.component.internal.ComponentMetaData;
import com.vaadin.flow.internal.ReflectionCache;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of a removed skill's classes. Vaadin caches per-class metadata in static structures that live as long as
 * the UI host, which would keep an uninstalled skill's class loader, and all its classes, in memory for good.
 */
final class ClassLoaderRelease {

    private static final Logger LOG = LoggerFactory.getLogger(ClassLoaderRelease.class);

    private ClassLoaderRelease() {
    }

    static void release(ClassLoader skill, VaadinService service) {
        // Every ReflectionCache (component metadata, property sets...) rebuilds on demand.
        ReflectionCache.clearAll();
        removeClassesOf(skill, UIInternals.class, "warnedAboutDeps");
        if (service != null) {
            removeMetadataListeners(skill, service);
        }
        try {
            RecordMethodsFlush.run();
        } catch (ReflectiveOperationException e) {
            LOG.warn("Could not refill the JDK's record method caches; a removed skill's classes may stay in memory",
                    e);
        }
    }

    /**
     * Each component class's metadata registers a listener on the Vaadin service and never removes it; the listener
     * holds the metadata, which holds the class.
     */
    private static void removeMetadataListeners(ClassLoader skill, VaadinService service) {
        try {
            Field field = VaadinService.class.getDeclaredField("serviceDestroyListeners");
            field.setAccessible(true);
            Collection<?> listeners = (Collection<?>) field.get(service);
            listeners.removeIf(listener -> metadataClassOf(listener).map(c -> c.getClassLoader() == skill)
                    .orElse(false));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warn("Could not clear Vaadin's component metadata listeners; a removed skill's classes may stay in "
                    + "memory", e);
        }
    }

    private static Optional<Class<?>> metadataClassOf(Object listener) {
        for (Field captured : listener.getClass().getDeclaredFields()) {
            if (ComponentMetaData.class.isAssignableFrom(captured.getType())) {
                try {
                    captured.setAccessible(true);
                    Object metadata = captured.get(listener);
                    Field componentClass = ComponentMetaData.class.getDeclaredField("componentClass");
                    componentClass.setAccessible(true);
                    return Optional.ofNullable((Class<?>) componentClass.get(metadata));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static void removeClassesOf(ClassLoader skill, Class<?> owner, String fieldName) {
        try {
            Field field = owner.getDeclaredField(fieldName);
            field.setAccessible(true);
            Collection<?> classes = (Collection<?>) field.get(null);
            synchronized (classes) {
                classes.removeIf(c -> c instanceof Class<?> type && type.getClassLoader() == skill);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // A Vaadin update may rename the field; the regression test (LiveUiIT) then fails and says so.
            LOG.warn("Could not clear {}.{}; a removed skill's classes may stay in memory", owner.getSimpleName(),
                    fieldName, e);
        }
    }
}
