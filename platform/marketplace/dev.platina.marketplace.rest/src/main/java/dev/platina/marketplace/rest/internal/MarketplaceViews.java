package dev.platina.marketplace.rest.internal;

import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.InstalledSkill;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.SkillDescriptor;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The JSON shapes of the marketplace endpoints. */
final class MarketplaceViews {

    private MarketplaceViews() {
    }

    record ListView<T>(List<T> items, String nextCursor) {
    }

    record CatalogView(List<SkillView> items, String nextCursor, List<String> problems) {
    }

    record PermissionView(String id, String description, String reason) {
    }

    record VersionView(String version, String platformVersion, List<PermissionView> permissions,
            List<String> dataTouched, List<RequirementView> requires, String repository, String publisherKey,
            boolean trusted) {

        static VersionView of(CatalogSkill.CatalogVersion version) {
            SkillDescriptor d = version.descriptor();
            return new VersionView(d.version(), d.platformVersion(), permissionsOf(d), d.dataTouched(),
                    d.requires().stream().map(r -> new RequirementView(r.skill(), r.minimumVersion())).toList(),
                    version.repository(), version.publisherKey(), version.trusted());
        }
    }

    record RequirementView(String skill, String minimumVersion) {
    }

    record SkillView(String id, String name, String publisher, String summary, String category, String icon,
            String latestVersion, String installedVersion, boolean enabled, Set<String> grantedPermissions,
            List<VersionView> versions) {

        static SkillView of(CatalogSkill skill) {
            List<VersionView> versions = skill.versions().stream().map(VersionView::of).toList();
            return new SkillView(skill.id(), skill.name(), skill.publisher(), skill.summary(), skill.category(),
                    skill.icon(), versions.isEmpty() ? null : versions.get(0).version(),
                    skill.installedVersion().orElse(null), skill.enabled(), skill.grantedPermissions(), versions);
        }
    }

    record InstallationView(String id, String skillId, String version, String fromVersion, String action,
            String state, int progress, String step, String error, Instant requestedAt, Instant finishedAt) {

        static InstallationView of(Installation i) {
            return new InstallationView(i.id().toString(), i.skillId(), i.version(), i.fromVersion().orElse(null),
                    i.action().name(), i.state().name(), i.progress(), i.step(), i.error().orElse(null),
                    i.requestedAt(), i.finishedAt().orElse(null));
        }
    }

    record InstalledView(String id, String name, String version, String previousVersion, int organizationsUsingIt,
            List<PermissionView> permissions) {

        static InstalledView of(InstalledSkill skill) {
            SkillDescriptor d = skill.descriptor();
            return new InstalledView(d.id(), d.name(), d.version(), skill.previousVersion().orElse(null),
                    skill.organizationsUsingIt(), permissionsOf(d));
        }
    }

    record EnablementView(String skillId, boolean enabled, Set<String> grantedPermissions) {
    }

    record InstallRequest(String skillId, String version) {
    }

    record EnableRequest(Set<String> permissions) {
    }

    static List<PermissionView> permissionsOf(SkillDescriptor d) {
        return d.permissions().stream().map(p -> new PermissionView(p.id(), p.description(), p.reason())).toList();
    }

}
