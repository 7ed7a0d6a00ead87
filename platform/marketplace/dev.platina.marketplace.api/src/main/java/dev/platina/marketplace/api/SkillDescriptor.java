package dev.platina.marketplace.api;

import java.util.List;
import java.util.Objects;

/**
 * What a skill says about itself in {@code SKILL-INF/skill.json}: who publishes it, what it needs and what it
 * touches. The copy inside the signed bundle is the one the platform believes.
 */
public record SkillDescriptor(
        String id,
        String name,
        String version,
        String publisher,
        String summary,
        String category,
        String icon,
        String platformVersion,
        String feature,
        List<SkillRequirement> requires,
        List<RequestedPermission> permissions,
        List<String> dataTouched) {

    public SkillDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        requires = requires == null ? List.of() : List.copyOf(requires);
        permissions = permissions == null ? List.of() : List.copyOf(permissions);
        dataTouched = dataTouched == null ? List.of() : List.copyOf(dataTouched);
    }

    /** Another skill this one needs, at {@code minimumVersion} or later. */
    public record SkillRequirement(String skill, String minimumVersion) {
    }

    /** A platform permission the skill asks for, why, and what it allows in plain words. */
    public record RequestedPermission(String id, String reason, String description) {
    }
}
