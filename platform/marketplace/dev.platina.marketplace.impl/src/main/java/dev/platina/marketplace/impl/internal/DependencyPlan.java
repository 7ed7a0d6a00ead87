package dev.platina.marketplace.impl.internal;

import dev.platina.core.api.ConflictException;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.SkillRequirement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The skills to install, required ones first, so that {@code target} finds everything it requires. A requirement
 * an installed skill already meets is left alone; otherwise the newest trusted published version that meets it is
 * chosen.
 */
final class DependencyPlan {

    private DependencyPlan() {
    }

    /**
     * @param installed skill id -> installed version
     * @param trusted whether a publisher key is trusted here
     */
    static List<PublishedSkill> resolve(PublishedSkill target, List<PublishedSkill> published,
            Map<String, String> installed, Predicate<String> trusted) {
        var plan = new ArrayList<PublishedSkill>();
        visit(target, published, installed, trusted, plan, new LinkedHashSet<>());
        return plan;
    }

    private static void visit(PublishedSkill skill, List<PublishedSkill> published, Map<String, String> installed,
            Predicate<String> trusted, List<PublishedSkill> plan, Set<String> path) {
        SkillDescriptor descriptor = skill.descriptor();
        if (!path.add(descriptor.id())) {
            throw new ConflictException(descriptor.name() + " cannot be installed: its requirements form a cycle ("
                    + String.join(" -> ", path) + " -> " + descriptor.id() + ").");
        }
        for (SkillRequirement requirement : descriptor.requires()) {
            String have = installed.get(requirement.skill());
            boolean planned = plan.stream().anyMatch(p -> p.descriptor().id().equals(requirement.skill()));
            if (planned || (have != null && SkillVersions.atLeast(have, requirement.minimumVersion()))) {
                continue;
            }
            Optional<PublishedSkill> candidate = published.stream()
                    .filter(p -> p.descriptor().id().equals(requirement.skill()))
                    .filter(p -> trusted.test(p.publisherKey()))
                    .filter(p -> SkillVersions.atLeast(p.descriptor().version(), requirement.minimumVersion()))
                    .max(Comparator.comparing(p -> SkillVersions.parse(p.descriptor().version())));
            if (candidate.isEmpty()) {
                throw new ConflictException(descriptor.name() + " requires the skill '" + requirement.skill()
                        + "' " + requirement.minimumVersion() + " or later, which no configured repository offers"
                        + " from a trusted publisher.");
            }
            visit(candidate.get(), published, installed, trusted, plan, path);
        }
        path.remove(descriptor.id());
        plan.add(skill);
    }
}
