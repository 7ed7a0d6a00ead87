package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.SkillDescriptor;
import java.util.List;
import java.util.Optional;

/** One version of a skill as a repository's catalogue lists it: descriptor, publisher key and files. */
record PublishedSkill(SkillDescriptor descriptor, SkillRepository repository, String publisherKey,
        List<Artifact> artifacts) {

    PublishedSkill {
        artifacts = List.copyOf(artifacts);
    }

    /** A file of the package: the feature file, or a bundle with the location the feature file names it by. */
    record Artifact(String role, String location, String path, String sha256, long size) {

        static final String FEATURES = "features";
        static final String BUNDLE = "bundle";
    }

    Optional<Artifact> featuresFile() {
        return artifacts.stream().filter(a -> Artifact.FEATURES.equals(a.role())).findFirst();
    }

    List<Artifact> bundles() {
        return artifacts.stream().filter(a -> Artifact.BUNDLE.equals(a.role())).toList();
    }

    String label() {
        return descriptor.id() + " " + descriptor.version();
    }
}
