package dev.platina.marketplace.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.OrganizationService;
import dev.platina.marketplace.api.CatalogSkill;
import dev.platina.marketplace.api.Installation.Action;
import dev.platina.marketplace.api.Installation;
import dev.platina.marketplace.api.InstalledSkill;
import dev.platina.marketplace.api.Marketplace;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.metatype.annotations.Designate;

/** The marketplace of this node: catalogue, installations, rollback and removal of skills. */
@Component(service = Marketplace.class, configurationPid = MarketplaceConfiguration.PID)
@Designate(ocd = MarketplaceConfiguration.class)
public final class DefaultMarketplace implements Marketplace {

    private final CatalogSource catalog;
    private final InstalledSkills installed;
    private final SkillAccess access;
    private final AuditLog audit;
    private final Operators operators;
    private final InstallationRecords records;
    private final InstallationJobs jobs = new InstallationJobs();
    private final FeatureDeployer deployer;
    private final SkillInstaller installer;
    private final Path cache;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile JaxrsServiceRuntime jaxrs;

    @Activate
    public DefaultMarketplace(@Reference FeaturesService features, @Reference AuditLog audit,
            @Reference OrganizationService organizations, @Reference TenantTransactions transactions,
            @Reference InstalledSkills installed, @Reference SkillAccess access,
            @Reference ServiceComponentRuntime components, BundleContext context, MarketplaceConfiguration config) {
        Path home = Path.of(System.getProperty("karaf.home", "."));
        Path etc = Path.of(System.getProperty("karaf.etc", home.resolve("etc").toString()));
        Path data = Path.of(System.getProperty("karaf.data", home.resolve("data").toString()));
        TrustedKeys keys = TrustedKeys.load(config.trustedKeys().isBlank() ? etc.resolve("marketplace-keys")
                : Path.of(config.trustedKeys()));
        Duration timeout = Duration.ofSeconds(config.repositoryTimeoutSeconds());
        this.catalog = new CatalogSource(SkillRepositories.open(config.repositories(), home.resolve("marketplace"),
                timeout), keys, Duration.ofSeconds(config.catalogCacheSeconds()), Clock.systemUTC());
        this.installed = installed;
        this.access = access;
        this.audit = audit;
        this.operators = new Operators(organizations, audit);
        this.records = new InstallationRecords(transactions);
        this.cache = data.resolve("marketplace").resolve("packages");
        this.deployer = new FeatureDeployer(features, context);
        String platformVersion = context.getBundle().getVersion().toString();
        this.installer = new SkillInstaller(new PackageFetcher(cache, keys, config.maxArtifactMegabytes() * 1024L * 1024),
                deployer, new SkillStartWatcher(components, () -> Optional.ofNullable(jaxrs)), installed,
                this::installedPackage, platformVersion, Duration.ofSeconds(config.startTimeoutSeconds()));
    }

    @Deactivate
    void deactivate() {
        jobs.close();
    }

    @Override
    public boolean isOperator(Caller caller) {
        return operators.isOperator(caller);
    }

    @Override
    public List<CatalogSkill> catalog(Caller caller, String query) {
        return new CatalogView(catalog, installed, access.enabledIn(caller.organization())).skills(query);
    }

    @Override
    public Installation install(Caller caller, String skillId, String version) {
        operators.require(caller, "skill.install", skillId);
        catalog.refresh();
        PublishedSkill target = (version == null || version.isBlank() ? catalog.newest(skillId)
                : catalog.find(skillId, version.trim())).orElseThrow(() -> new NotFoundException(
                        (version == null ? "A version" : "Version " + version) + " of the skill '" + skillId
                                + "' in the configured repositories"));
        Optional<String> current = installed.find(skillId).map(s -> s.descriptor().version());
        if (current.isPresent() && current.get().equals(target.descriptor().version())) {
            throw new ConflictException(target.descriptor().name() + " " + current.get() + " is already installed.");
        }
        Action action = current.isEmpty() ? Action.INSTALL
                : SkillVersions.parse(target.descriptor().version()).compareTo(SkillVersions.parse(current.get())) > 0
                        ? Action.UPGRADE : Action.ROLLBACK;
        return start(caller, target, current, action);
    }

    @Override
    public Installation rollback(Caller caller, String skillId) {
        operators.require(caller, "skill.rollback", skillId);
        String current = installed.find(skillId).map(s -> s.descriptor().version())
                .orElseThrow(() -> new NotFoundException("The installed skill '" + skillId + "'"));
        String previous = records.find(skillId).flatMap(InstallationRecords.Record::previousVersion)
                .orElseThrow(() -> new ConflictException("No earlier version of '" + skillId + "' was installed here,"
                        + " so there is nothing to roll back to."));
        catalog.refresh();
        PublishedSkill target = catalog.find(skillId, previous).orElseThrow(() -> new ConflictException("Version "
                + previous + " of '" + skillId + "' is no longer in any configured repository; install another"
                + " version instead."));
        return start(caller, target, Optional.of(current), Action.ROLLBACK);
    }

    private Installation start(Caller caller, PublishedSkill target, Optional<String> current, Action action) {
        Map<String, String> installedVersions = installed.all().stream()
                .collect(Collectors.toMap(SkillDescriptor::id, SkillDescriptor::version, (a, b) -> a));
        List<PublishedSkill> plan = DependencyPlan.resolve(target, catalog.skills(), installedVersions,
                catalog::trusts);
        var job = new InstallationJob(target.descriptor().id(), target.descriptor().version(), current, action);
        return jobs.submit(job, () -> runJob(caller, job, plan)).snapshot();
    }

    private void runJob(Caller caller, InstallationJob job, List<PublishedSkill> plan) {
        String action = "skill." + job.action().name().toLowerCase();
        try {
            access.changing(() -> {
                installer.run(job, plan);
                return null;
            });
            for (PublishedSkill done : plan) {
                String id = done.descriptor().id();
                Optional<String> before = id.equals(job.skillId()) ? job.fromVersion() : Optional.empty();
                records.installed(id, done.descriptor().version(), before, caller.username());
            }
            job.succeeded();
            audit.record(AuditEvents.by(caller, operators.platform(), action).target("skill", job.skillId())
                    .detail("version", job.version()).detail("from", job.fromVersion().orElse(null))
                    .detail("installationId", job.id()).build());
        } catch (Exception | Error e) {
            String message = e instanceof PackageRejectedException ? e.getMessage()
                    : "Installing " + job.skillId() + " " + job.version() + " failed and was undone: " + e.getMessage();
            job.failed(message);
            audit.record(AuditEvents.by(caller, operators.platform(), action).target("skill", job.skillId())
                    .outcome(AuditOutcome.FAILURE).detail("version", job.version()).detail("error", message)
                    .detail("installationId", job.id()).build());
        }
    }

    @Override
    public Optional<Installation> installation(Caller caller, UUID id) {
        operators.require(caller, "skill.installation.read", null);
        return jobs.find(id).map(InstallationJob::snapshot);
    }

    @Override
    public List<InstalledSkill> installed(Caller caller) {
        Map<String, Integer> usage = access.store().usageCounts();
        return installed.all().stream().map(d -> new InstalledSkill(d,
                records.find(d.id()).flatMap(InstallationRecords.Record::previousVersion),
                usage.getOrDefault(d.id(), 0))).toList();
    }

    @Override
    public void uninstall(Caller caller, String skillId, boolean force) {
        operators.require(caller, "skill.uninstall", skillId);
        SkillDescriptor skill = installed.find(skillId).map(InstalledSkills.SkillBundle::descriptor)
                .orElseThrow(() -> new NotFoundException("The installed skill '" + skillId + "'"));
        VerifiedPackage installedPackage = installedPackage(skillId).orElseThrow(() -> new ConflictException(
                skill.name() + " was not installed through the marketplace (it came with the installation or through"
                        + " the deploy folder); remove it the same way."));
        List<String> dependents = installed.all().stream()
                .filter(d -> d.requires().stream().anyMatch(r -> r.skill().equals(skillId)))
                .map(SkillDescriptor::name).toList();
        if (!dependents.isEmpty()) {
            throw new ConflictException(skill.name() + " is required by " + String.join(", ", dependents)
                    + "; uninstall those first.");
        }
        Map<TenantId, String> users = access.store().organizationsUsing(skillId);
        if (!users.isEmpty() && !force) {
            throw new ConflictException(users.size() + " organisation" + (users.size() == 1 ? "" : "s")
                    + " still use " + skill.name() + ": " + String.join(", ", users.values()) + ". Ask them to"
                    + " disable it, or uninstall with force, which disables it for them.");
        }
        try {
            jobs.run(() -> {
                for (TenantId organization : users.keySet()) {
                    access.store().disable(organization, skillId);
                    audit.record(AuditEvents.by(caller, organization, "skill.disable").target("skill", skillId)
                            .detail("reason", "uninstalled by the operator").build());
                }
                access.forgetGrants();
                access.changing(() -> {
                    deployer.uninstall(installedPackage);
                    return null;
                });
                records.removed(skillId);
                return null;
            }).get();
        } catch (ExecutionException e) {
            audit.record(AuditEvents.by(caller, operators.platform(), "skill.uninstall").target("skill", skillId)
                    .outcome(AuditOutcome.FAILURE).detail("error", e.getCause().getMessage()).build());
            throw new IllegalStateException("Uninstalling " + skill.name() + " failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while uninstalling " + skill.name(), e);
        }
        audit.record(AuditEvents.by(caller, operators.platform(), "skill.uninstall").target("skill", skillId)
                .detail("version", skill.version()).detail("forced", force && !users.isEmpty() ? "true" : null)
                .detail("disabledFor", users.isEmpty() ? null : users.size()).build());
    }

    /** The verified package of the installed version, when the marketplace installed it. */
    private Optional<VerifiedPackage> installedPackage(String skillId) {
        return installed.find(skillId).map(InstalledSkills.SkillBundle::descriptor).flatMap(d -> {
            Path folder = cache.resolve(d.id()).resolve(d.version());
            Path file = folder.resolve(PackageFetcher.INSTALL_FILE);
            return Files.isRegularFile(file) ? Optional.of(new VerifiedPackage(d, folder, file.toUri()))
                    : Optional.empty();
        });
    }

    @Override
    public List<String> repositoryProblems(Caller caller) {
        return operators.isOperator(caller) ? catalog.problems() : List.of();
    }
}
