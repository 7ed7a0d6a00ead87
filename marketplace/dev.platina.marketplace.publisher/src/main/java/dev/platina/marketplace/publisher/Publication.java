package dev.platina.marketplace.publisher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What one repository holds: its name, the checked skills, the artifacts they are made of, the key that signs the
 * catalogue, and the key that signs each skill's files (the same key, except in test fixtures).
 */
public record Publication(String name, List<Skill> skills, ArtifactSet artifacts, PublisherKey catalogueKey,
        Function<Skill, PublisherKey> skillKey) {

    public Publication {
        skills = skills.stream().sorted(Skill.CATALOGUE_ORDER).toList();
    }

    public static Publication signedWithOneKey(String name, List<Skill> skills, ArtifactSet artifacts,
            PublisherKey key) {
        return new Publication(name, skills, artifacts, key, skill -> key);
    }

    /** Every key that signed something here, by key id: these are the public keys the repository carries. */
    public Map<String, PublisherKey> keys() {
        Map<String, PublisherKey> keys = new LinkedHashMap<>();
        keys.put(catalogueKey.keyId(), catalogueKey);
        skills.forEach(skill -> keys.putIfAbsent(skillKey.apply(skill).keyId(), skillKey.apply(skill)));
        return keys;
    }

    byte[] jar(MavenCoordinates coordinates) {
        return artifacts.jar(coordinates).orElseThrow();
    }

    byte[] features(Skill skill) {
        return artifacts.featureFiles().get(skill.coordinates());
    }
}
