package dev.platina.identity.api;

import java.util.Set;

/** A partial update: null fields stay as they are. Role and enablement changes apply from the next request on. */
public record UserChanges(String displayName, String email, Set<String> roles, Boolean enabled) {
}
