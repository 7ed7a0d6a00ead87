package dev.platina.marketplace.impl.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merged catalogue of every configured repository, read again when older than the cache time. A repository
 * whose catalogue cannot be read or whose signature does not verify is left out and named in {@link #problems()};
 * the others still count.
 */
final class CatalogSource {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSource.class);
    private static final long MAX_CATALOG_BYTES = 16L * 1024 * 1024;

    private final List<SkillRepository> repositories;
    private final TrustedKeys keys;
    private final Duration cacheTime;
    private final Clock clock;
    private Snapshot snapshot;

    private record Snapshot(List<PublishedSkill> skills, List<String> problems, Instant readAt) {
    }

    CatalogSource(List<SkillRepository> repositories, TrustedKeys keys, Duration cacheTime, Clock clock) {
        this.repositories = List.copyOf(repositories);
        this.keys = keys;
        this.cacheTime = cacheTime;
        this.clock = clock;
    }

    List<PublishedSkill> skills() {
        return current().skills();
    }

    List<String> problems() {
        return current().problems();
    }

    /** Reads every repository now, whatever the cache holds (before an install, so it sees the latest state). */
    synchronized List<PublishedSkill> refresh() {
        snapshot = read();
        return snapshot.skills();
    }

    Optional<PublishedSkill> find(String skillId, String version) {
        return skills().stream()
                .filter(s -> s.descriptor().id().equals(skillId) && s.descriptor().version().equals(version))
                .findFirst();
    }

    /** The newest version of the skill that is published by a trusted key. */
    Optional<PublishedSkill> newest(String skillId) {
        return skills().stream().filter(s -> s.descriptor().id().equals(skillId))
                .filter(s -> keys.trusts(s.publisherKey()))
                .max(Comparator.comparing(s -> SkillVersions.parse(s.descriptor().version())));
    }

    boolean trusts(String keyId) {
        return keys.trusts(keyId);
    }

    private synchronized Snapshot current() {
        if (snapshot == null || clock.instant().isAfter(snapshot.readAt().plus(cacheTime))) {
            snapshot = read();
        }
        return snapshot;
    }

    private Snapshot read() {
        var skills = new ArrayList<PublishedSkill>();
        var problems = new ArrayList<String>();
        for (SkillRepository repository : repositories) {
            try {
                byte[] catalog = repository.read(CatalogIndex.FILE, MAX_CATALOG_BYTES);
                keys.verify(repository.location() + "/" + CatalogIndex.FILE, catalog,
                        repository.read(CatalogIndex.FILE + ".sig", 4096));
                for (PublishedSkill skill : CatalogIndex.parse(catalog, repository)) {
                    boolean duplicate = skills.stream().anyMatch(s -> s.descriptor().id().equals(skill.descriptor().id())
                            && s.descriptor().version().equals(skill.descriptor().version()));
                    if (!duplicate) {
                        skills.add(skill);
                    }
                }
            } catch (IOException | PackageRejectedException e) {
                String problem = "The skill repository " + repository.location() + " was left out: " + e.getMessage();
                LOG.warn(problem);
                problems.add(problem);
            }
        }
        skills.sort(Comparator.comparing((PublishedSkill s) -> s.descriptor().id())
                .thenComparing(s -> SkillVersions.parse(s.descriptor().version()), Comparator.reverseOrder()));
        return new Snapshot(List.copyOf(skills), List.copyOf(problems), clock.instant());
    }
}
