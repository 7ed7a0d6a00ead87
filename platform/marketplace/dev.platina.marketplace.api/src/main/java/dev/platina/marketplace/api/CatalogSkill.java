package dev.platina.marketplace.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One skill as the catalogue shows it to a caller: its versions in the repositories (newest first), the version
 * installed on this node, and whether the caller's organisation has enabled it with which permissions.
 */
public record CatalogSkill(
        String id,
        String name,
        String publisher,
        String summary,
        String category,
        String icon,
        List<CatalogVersion> versions,
        Optional<String> installedVersion,
        boolean enabled,
        Set<String> grantedPermissions) {

    public CatalogSkill {
        versions = List.copyOf(versions);
        grantedPermissions = Set.copyOf(grantedPermissions);
    }

    /** A published version, where it comes from and whether its publisher's key is trusted here. */
    public record CatalogVersion(SkillDescriptor descriptor, String repository, String publisherKey, boolean trusted) {
    }
}
