package dev.platina.ui.host.internal.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The theme bundles installed right now. A theme bundle needs no code: the manifest header {@code Platina-Theme}
 * and a {@code THEME-INF/} folder. Deploying, updating or removing one notifies the open pages, which re-brand.
 */
public final class ThemeRegistry implements BundleTrackerCustomizer<Theme> {

    public static final String HEADER = "Platina-Theme";
    static final String FOLDER = "THEME-INF/";
    private static final Logger LOG = LoggerFactory.getLogger(ThemeRegistry.class);

    private final Map<String, Theme> themes = new ConcurrentHashMap<>();
    private final Map<String, Bundle> bundles = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private BundleTracker<Theme> tracker;

    public void open(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.ACTIVE | Bundle.STARTING | Bundle.RESOLVED, this);
        tracker.open();
    }

    public void close() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Override
    public Theme addingBundle(Bundle bundle, BundleEvent event) {
        if (bundle.getHeaders().get(HEADER) == null) {
            return null;
        }
        try {
            Theme theme = read(bundle);
            Bundle previous = bundles.get(theme.id());
            if (previous != null && previous.getBundleId() != bundle.getBundleId()) {
                LOG.warn("Theme bundle {} also declares the theme '{}' of bundle {}; ignoring it",
                        bundle.getSymbolicName(), theme.id(), previous.getSymbolicName());
                return null;
            }
            themes.put(theme.id(), theme);
            bundles.put(theme.id(), bundle);
            LOG.info("Theme '{}' ({}) available from {}", theme.id(), theme.productName(), bundle.getSymbolicName());
            changed();
            return theme;
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Theme bundle {} is not usable: {}", bundle.getSymbolicName(), e.getMessage());
            return null;
        }
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Theme theme) {
        // A state change within the tracked states keeps the theme as it is.
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Theme theme) {
        themes.remove(theme.id());
        bundles.remove(theme.id());
        LOG.info("Theme '{}' removed", theme.id());
        changed();
    }

    public List<Theme> all() {
        return List.copyOf(themes.values());
    }

    public Optional<Theme> get(String id) {
        return Optional.ofNullable(themes.get(id));
    }

    /** A file of a theme, e.g. {@code logo.svg}; empty when the theme or the file does not exist. */
    public Optional<URL> file(String themeId, String file) {
        Bundle bundle = bundles.get(themeId);
        return bundle == null ? Optional.empty() : Optional.ofNullable(bundle.getEntry(FOLDER + file));
    }

    public Runnable listen(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static Theme read(Bundle bundle) throws IOException {
        URL descriptor = bundle.getEntry(FOLDER + "theme.properties");
        if (descriptor == null) {
            throw new IOException(FOLDER + "theme.properties is missing");
        }
        Properties properties = new Properties();
        try (InputStream in = descriptor.openStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return Theme.parse(properties, bundle.getLastModified());
    }

    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.debug("An open page could not be re-branded", e);
            }
        }
    }
}
