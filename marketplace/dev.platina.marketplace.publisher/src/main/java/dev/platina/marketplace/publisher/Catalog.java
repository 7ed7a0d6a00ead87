package dev.platina.marketplace.publisher;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds {@code catalog.json}: the skills an installation can offer, and the files and hashes each is made of. */
final class Catalog {

    static final String FILE = "catalog.json";
    static final int FORMAT = 1;

    private Catalog() {
    }

    static byte[] toBytes(Publication publication) {
        ObjectNode catalog = Json.MAPPER.createObjectNode();
        catalog.put("format", FORMAT);
        catalog.put("name", publication.name());
        ArrayNode skills = catalog.putArray("skills");
        for (Skill skill : publication.skills()) {
            ObjectNode entry = skills.addObject();
            entry.set("descriptor", skill.descriptor().json());
            entry.put("publisherKey", publication.skillKey().apply(skill).keyId());
            ArrayNode artifacts = entry.putArray("artifacts");
            artifact(artifacts.addObject().put("role", "features"), skill.coordinates().featuresPath(),
                    publication.features(skill));
            for (MavenCoordinates bundle : skill.bundles()) {
                ObjectNode member = artifacts.addObject().put("role", "bundle").put("location", bundle.mvnUrl());
                artifact(member, bundle.jarPath(), publication.jar(bundle));
            }
        }
        return Json.pretty(catalog);
    }

    private static void artifact(ObjectNode member, String path, byte[] content) {
        member.put("path", path).put("sha256", Sha256.hex(content)).put("size", content.length);
    }
}
