package dev.platina.marketplace.impl.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;
import org.apache.karaf.features.Repository;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts verified packages into the running node through Karaf's features service, never refreshing bundles that
 * are not the skill's. When a step fails the node is put back as it was: the new feature and its repository are
 * removed, bundles that appeared during the attempt are uninstalled, and a replaced version is installed again.
 */
final class FeatureDeployer {

    private static final Logger LOG = LoggerFactory.getLogger(FeatureDeployer.class);
    private static final EnumSet<Option> NO_REFRESH = EnumSet.of(Option.NoAutoRefreshBundles);

    private final FeaturesService features;
    private final BundleContext context;

    FeatureDeployer(FeaturesService features, BundleContext context) {
        this.features = features;
        this.context = context;
    }

    /** What the node looked like before a change. */
    record Snapshot(Set<Long> bundleIds, Set<URI> repositories) {
    }

    Snapshot snapshot() throws Exception {
        return new Snapshot(Arrays.stream(context.getBundles()).map(Bundle::getBundleId).collect(Collectors.toSet()),
                Arrays.stream(features.listRepositories()).map(Repository::getURI).collect(Collectors.toSet()));
    }

    /**
     * Installs {@code target}; with {@code replaced}, the installed version is swapped for it in one deployment so the
     * skill's bundles are updated in place.
     */
    void install(VerifiedPackage target, Optional<VerifiedPackage> replaced) throws Exception {
        features.addRepository(target.featuresUri(), false);
        EnumSet<Option> options = EnumSet.copyOf(NO_REFRESH);
        if (replaced.isPresent()) {
            options.add(Option.Upgrade);
        }
        features.installFeature(target.featureName(), target.version(), options);
        if (!isInstalled(target)) {
            throw new IllegalStateException("Karaf did not install the feature " + target.featureName() + " "
                    + target.version() + ".");
        }
        if (replaced.isPresent() && !replaced.get().featuresUri().equals(target.featuresUri())) {
            removeRepository(replaced.get().featuresUri());
        }
    }

    void uninstall(VerifiedPackage installed) throws Exception {
        if (isInstalled(installed)) {
            features.uninstallFeature(installed.featureName(), installed.version(), NO_REFRESH);
        }
        removeRepository(installed.featuresUri());
    }

    /** Returns the node to {@code before} after a failed attempt to install {@code target}. */
    void restore(Snapshot before, VerifiedPackage target, Optional<VerifiedPackage> replaced) {
        try {
            if (isInstalled(target)) {
                features.uninstallFeature(target.featureName(), target.version(), NO_REFRESH);
            }
        } catch (Exception e) {
            LOG.warn("Undoing {}: could not uninstall its feature", target.featureName(), e);
        }
        uninstallBundlesNotIn(before);
        if (replaced.isPresent()) {
            try {
                features.addRepository(replaced.get().featuresUri(), false);
                if (!isInstalled(replaced.get())) {
                    features.installFeature(replaced.get().featureName(), replaced.get().version(), NO_REFRESH);
                }
            } catch (Exception e) {
                LOG.error("Undoing {}: could not install the previous version {} again", target.featureName(),
                        replaced.get().version(), e);
            }
        }
        if (!before.repositories().contains(target.featuresUri())) {
            removeRepository(target.featuresUri());
        }
    }

    boolean isInstalled(VerifiedPackage target) {
        try {
            Feature feature = features.getFeature(target.featureName(), target.version());
            return feature != null && features.isInstalled(feature);
        } catch (Exception e) {
            return false;
        }
    }

    private void uninstallBundlesNotIn(Snapshot before) {
        var leftovers = new HashSet<Bundle>();
        for (Bundle bundle : context.getBundles()) {
            if (!before.bundleIds().contains(bundle.getBundleId())) {
                leftovers.add(bundle);
            }
        }
        for (Bundle bundle : leftovers) {
            try {
                LOG.info("Undoing a failed installation: removing bundle {} {}", bundle.getSymbolicName(),
                        bundle.getVersion());
                bundle.uninstall();
            } catch (BundleException | IllegalStateException e) {
                LOG.warn("Could not remove bundle {}", bundle.getSymbolicName(), e);
            }
        }
    }

    private void removeRepository(URI uri) {
        try {
            if (features.getRepository(uri) != null) {
                features.removeRepository(uri, false);
            }
        } catch (Exception e) {
            LOG.warn("Could not remove the feature repository {}", uri, e);
        }
    }
}
