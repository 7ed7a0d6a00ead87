package dev.platina.marketplace.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.RequestedPermission;
import dev.platina.marketplace.api.SkillDescriptor.SkillRequirement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code SKILL-INF/skill.json}, the descriptor a skill carries inside its signed bundle. */
final class Descriptors {

    static final String ENTRY = "SKILL-INF/skill.json";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private Descriptors() {
    }

    static SkillDescriptor parse(byte[] json, String source) {
        try {
            return parse(Json.MAPPER.readTree(json), source);
        } catch (IOException e) {
            throw new PackageRejectedException(source + ": " + ENTRY + " is not valid JSON (" + e.getMessage()
                    + ").");
        }
    }

    static SkillDescriptor parse(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new PackageRejectedException(source + ": the skill descriptor is not a JSON object.");
        }
        String id = required(node, "id", source);
        if (!ID.matcher(id).matches()) {
            throw new PackageRejectedException(source + ": the skill id '" + id + "' must be 2-40 lower-case letters,"
                    + " digits or '-', starting with a letter.");
        }
        var requires = new ArrayList<SkillRequirement>();
        for (JsonNode requirement : node.path("requires")) {
            requires.add(new SkillRequirement(required(requirement, "skill", source),
                    requirement.path("version").asText("0")));
        }
        var permissions = new ArrayList<RequestedPermission>();
        for (JsonNode permission : node.path("permissions")) {
            String permissionId = permission.isTextual() ? permission.asText() : required(permission, "id", source);
            permissions.add(new RequestedPermission(permissionId, permission.path("reason").asText(""),
                    Permission.describe(permissionId)));
        }
        var data = new ArrayList<String>();
        node.path("dataTouched").forEach(d -> data.add(d.asText()));
        return new SkillDescriptor(id, required(node, "name", source), required(node, "version", source),
                required(node, "publisher", source), node.path("summary").asText(""),
                node.path("category").asText("Other"), node.path("icon").asText(""),
                node.path("platformVersion").asText("0"), required(node, "feature", source), requires, permissions,
                List.copyOf(data));
    }

    private static String required(JsonNode node, String field, String source) {
        String value = node.path(field).asText("").trim();
        if (value.isEmpty()) {
            throw new PackageRejectedException(source + ": the skill descriptor has no '" + field + "'.");
        }
        return value;
    }
}
