package dev.platina.marketplace.impl.internal;

import dev.platina.marketplace.api.SkillDescriptor;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out one installation job: verify every package of the plan, install them required-first, wait until
 * each serves, and record the result. Any failure undoes the whole job, so the node is as it was before.
 */
final class SkillInstaller {

    private static final Logger LOG = LoggerFactory.getLogger(SkillInstaller.class);

    private final PackageFetcher fetcher;
    private final FeatureDeployer deployer;
    private final SkillStartWatcher watcher;
    private final InstalledSkills installed;
    private final Function<String, Optional<VerifiedPackage>> installedPackage;
    private final String platformVersion;
    private final Duration startTimeout;

    SkillInstaller(PackageFetcher fetcher, FeatureDeployer deployer, SkillStartWatcher watcher,
            InstalledSkills installed, Function<String, Optional<VerifiedPackage>> installedPackage,
            String platformVersion, Duration startTimeout) {
        this.fetcher = fetcher;
        this.deployer = deployer;
        this.watcher = watcher;
        this.installed = installed;
        this.installedPackage = installedPackage;
        this.platformVersion = platformVersion;
        this.startTimeout = startTimeout;
    }

    /** Installs the plan (the target last). Returns normally only when every skill of it serves. */
    void run(InstallationJob job, List<PublishedSkill> plan) throws Exception {
        for (PublishedSkill skill : plan) {
            SkillDescriptor descriptor = skill.descriptor();
            if (!SkillVersions.atLeast(platformVersion, descriptor.platformVersion())) {
                throw new PackageRejectedException(descriptor.name() + " " + descriptor.version() + " needs platform "
                        + descriptor.platformVersion() + " or later; this installation runs " + platformVersion + ".");
            }
        }
        var verified = new ArrayList<VerifiedPackage>();
        int share = 50 / plan.size();
        Set<String> requiredFeatures = plan.stream().map(p -> p.descriptor().feature()).collect(Collectors.toSet());
        for (int i = 0; i < plan.size(); i++) {
            PublishedSkill skill = plan.get(i);
            int base = 5 + i * share;
            job.step(base, "Downloading and verifying " + skill.label());
            verified.add(fetch(skill, requiredFeatures, percent -> job.step(base + percent * share / 100,
                    "Downloading and verifying " + skill.label())));
        }
        var replaced = new ArrayList<Optional<VerifiedPackage>>();
        verified.forEach(v -> replaced.add(installedPackage.apply(v.descriptor().id())));
        FeatureDeployer.Snapshot before = deployer.snapshot();
        int attempted = 0;
        try {
            for (int i = 0; i < verified.size(); i++) {
                VerifiedPackage next = verified.get(i);
                job.step(60 + i * 30 / verified.size(), "Installing " + next.descriptor().name() + " "
                        + next.version());
                attempted = i + 1;
                deployer.install(next, replaced.get(i));
                job.step(60 + (i + 1) * 30 / verified.size(), "Starting " + next.descriptor().name());
                Bundle bundle = installed.find(next.descriptor().id()).map(InstalledSkills.SkillBundle::bundle)
                        .orElseThrow(() -> new IllegalStateException(next.featureName() + " installed no bundle"
                                + " carrying its skill descriptor."));
                watcher.awaitStarted(bundle, startTimeout);
            }
        } catch (Exception | Error e) {
            LOG.warn("Installing {} {} failed; undoing it: {}", job.skillId(), job.version(), e.toString());
            job.step(95, "Undoing the failed installation");
            for (int i = attempted - 1; i >= 0; i--) {
                deployer.restore(before, verified.get(i), replaced.get(i));
            }
            throw e;
        }
    }

    private VerifiedPackage fetch(PublishedSkill skill, Set<String> requiredFeatures, IntConsumer progress)
            throws IOException {
        try {
            return fetcher.fetch(skill, requiredFeatures, progress);
        } catch (PackageRejectedException | IOException e) {
            fetcher.discard(skill);
            throw e;
        }
    }
}
