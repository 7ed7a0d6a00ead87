package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.CatalogSkill.CatalogVersion;
import dev.platina.marketplace.api.SkillDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue as one caller sees it: published versions grouped per skill (newest first), plus skills running
 * here that no repository lists (e.g. dropped into the deploy folder), with the caller organisation's grants.
 */
final class CatalogView {

    static final String INSTALLED_HERE = "installed on this node";

    private final CatalogSource catalog;
    private final InstalledSkills installed;
    private final Map<String, Set<String>> grants;

    CatalogView(CatalogSource catalog, InstalledSkills installed, Map<String, Set<String>> grants) {
        this.catalog = catalog;
        this.installed = installed;
        this.grants = grants;
    }

    List<CatalogSkill> skills(String query) {
        var versions = new LinkedHashMap<String, List<CatalogVersion>>();
        for (PublishedSkill skill : catalog.skills()) {
            versions.computeIfAbsent(skill.descriptor().id(), id -> new ArrayList<>()).add(new CatalogVersion(
                    skill.descriptor(), skill.repository().location(), skill.publisherKey(),
                    catalog.trusts(skill.publisherKey())));
        }
        for (SkillDescriptor running : installed.all()) {
            List<CatalogVersion> known = versions.computeIfAbsent(running.id(), id -> new ArrayList<>());
            if (known.stream().noneMatch(v -> v.descriptor().version().equals(running.version()))) {
                known.add(new CatalogVersion(running, INSTALLED_HERE, "", false));
                known.sort(Comparator.comparing((CatalogVersion v) -> SkillVersions.parse(v.descriptor().version()))
                        .reversed());
            }
        }
        var skills = new ArrayList<CatalogSkill>();
        versions.forEach((id, list) -> {
            Optional<SkillDescriptor> running = installed.find(id).map(InstalledSkills.SkillBundle::descriptor);
            SkillDescriptor shown = running.orElse(list.get(0).descriptor());
            Set<String> granted = grants.get(id);
            var skill = new CatalogSkill(id, shown.name(), shown.publisher(), shown.summary(), shown.category(),
                    shown.icon(), list, running.map(SkillDescriptor::version), granted != null,
                    granted == null ? Set.of() : granted);
            if (matches(skill, query)) {
                skills.add(skill);
            }
        });
        skills.sort(Comparator.comparing(CatalogSkill::name, String.CASE_INSENSITIVE_ORDER));
        return skills;
    }

    private static boolean matches(CatalogSkill skill, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String text = String.join(" ", skill.id(), skill.name(), skill.summary(), skill.category(), skill.publisher())
                .toLowerCase(Locale.ROOT);
        for (String word : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
