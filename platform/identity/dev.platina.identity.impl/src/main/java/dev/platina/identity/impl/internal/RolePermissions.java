package dev.platina.identity.impl.internal;

import dev.platina.identity.api.BuiltInRole;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns role names into permissions: built-in roles from code, custom roles from the organisation's table. */
final class RolePermissions {

    private RolePermissions() {
    }

    static Set<String> of(Collection<String> roleNames, Map<String, Set<String>> customRoles) {
        var permissions = new LinkedHashSet<String>();
        for (String name : roleNames) {
            Optional<BuiltInRole> builtIn = BuiltInRole.named(name);
            if (builtIn.isPresent()) {
                permissions.addAll(builtIn.get().permissions());
            } else {
                permissions.addAll(customRoles.getOrDefault(name, Set.of()));
            }
        }
        return permissions;
    }
}
