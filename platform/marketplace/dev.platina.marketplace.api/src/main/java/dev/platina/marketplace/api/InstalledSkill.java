package dev.platina.marketplace.api;

import java.util.Optional;

/**
 * A skill running on this node: its descriptor, the version a rollback returns to, and how many organisations
 * have it enabled.
 */
public record InstalledSkill(SkillDescriptor descriptor, Optional<String> previousVersion, int organizationsUsingIt) {
}
