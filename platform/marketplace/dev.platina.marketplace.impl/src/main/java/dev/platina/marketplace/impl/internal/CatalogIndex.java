package dev.platina.marketplace.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a repository's {@code catalog.json} (format 1). */
final class CatalogIndex {

    static final String FILE = "catalog.json";

    private CatalogIndex() {
    }

    static List<PublishedSkill> parse(byte[] json, SkillRepository repository) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new PackageRejectedException(repository.location() + "/" + FILE + " is not valid JSON.");
        }
        if (root == null || root.path("format").asInt() != 1) {
            throw new PackageRejectedException(repository.location() + "/" + FILE + " is not a catalogue of format 1.");
        }
        var skills = new ArrayList<PublishedSkill>();
        for (JsonNode entry : root.path("skills")) {
            var artifacts = new ArrayList<PublishedSkill.Artifact>();
            for (JsonNode artifact : entry.path("artifacts")) {
                artifacts.add(new PublishedSkill.Artifact(artifact.path("role").asText(),
                        artifact.path("location").asText(null), RepositoryPaths.check(artifact.path("path").asText()),
                        artifact.path("sha256").asText(), artifact.path("size").asLong(-1)));
            }
            skills.add(new PublishedSkill(Descriptors.parse(entry.path("descriptor"), repository.location()),
                    repository, entry.path("publisherKey").asText(""), artifacts));
        }
        return skills;
    }

    static String name(byte[] json) {
        try {
            return Json.MAPPER.readTree(json).path("name").asText("");
        } catch (IOException e) {
            return "";
        }
    }
}
