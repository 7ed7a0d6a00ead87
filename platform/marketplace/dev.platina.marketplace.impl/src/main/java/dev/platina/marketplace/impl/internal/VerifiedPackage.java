package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.SkillDescriptor;
import java.net.URI;
import java.nio.file.Path;

/**
 * A skill version whose files were checked against the catalogue and the trusted keys and now sit in the local
 * package cache. {@code featuresUri} is the feature file Karaf installs from: it names only those verified files.
 */
record VerifiedPackage(SkillDescriptor descriptor, Path folder, URI featuresUri) {

    String featureName() {
        return descriptor.feature();
    }

    String version() {
        return descriptor.version();
    }
}
