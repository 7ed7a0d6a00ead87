package dev.platina.marketplace.ui.internal;

import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.CatalogSkill.CatalogVersion;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.RequestedPermission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Catalogue entries for tests, shaped as the marketplace service returns them. */
final class Skills {

    static final RequestedPermission USERS_READ = new RequestedPermission("users:read",
            "To list your colleagues", "See the users of this organisation");

    private Skills() {
    }

    static SkillDescriptor descriptor(String id, String version, RequestedPermission... permissions) {
        return new SkillDescriptor(id, "Skill " + id, version, "Platina", "Does " + id, "Tools", "vaadin:cog",
                "0.1.0", "platina-skill-" + id, List.of(), Arrays.asList(permissions), List.of("Nothing stored"));
    }

    /** A skill published in {@code versions} (newest first), all signed by a trusted key. */
    static CatalogSkill published(String id, String... versions) {
        return skill(id, Optional.empty(), false, Set.of(), versions);
    }

    static CatalogSkill skill(String id, Optional<String> installed, boolean enabled, Set<String> granted,
            String... versions) {
        List<CatalogVersion> published = Arrays.stream(versions)
                .map(v -> new CatalogVersion(descriptor(id, v, USERS_READ), "file:/repo/", "b9432175bed069fb", true))
                .toList();
        return new CatalogSkill(id, "Skill " + id, "Platina", "Does " + id, "Tools", "vaadin:cog", published,
                installed, enabled, granted);
    }

    static CatalogSkill untrusted(String id, String version) {
        return new CatalogSkill(id, "Skill " + id, "Someone", "Does " + id, "Tools", "", List.of(
                new CatalogVersion(descriptor(id, version), "https://elsewhere/", "0000aaaa1111bbbb", false)),
                Optional.empty(), false, Set.of());
    }
}
