package dev.platina.identity.api;

import java.util.Set;

/** A custom role to create or the new state of one to change; null fields stay as they are on change. */
public record RoleDraft(String name, String description, Set<String> permissions) {
}
