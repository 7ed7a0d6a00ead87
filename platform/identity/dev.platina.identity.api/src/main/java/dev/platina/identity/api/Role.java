package dev.platina.identity.api;

import java.util.Set;
import java.util.UUID;

/** A built-in role ({@code id} null, not editable) or a custom set of permissions of one organisation. */
public record Role(UUID id, String name, String description, Set<String> permissions, boolean builtIn,
        long version) {
}
