package dev.platina.marketplace.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.audit.api.AuditOutcome;
import dev.platina.core.api.AccessDeniedException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillDescriptor.RequestedPermission;
import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillEnablements;
import dev.platina.marketplace.api.SkillGate;
import dev.platina.persistence.api.TenantId;
import dev.platina.persistence.api.TenantTransactions;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Per-organisation enablement of installed skills, and the gate in front of skill code. An organisation's grants
 * are read once and kept in memory until they change, because the gate is asked on every request to a skill.
 */
@Component(service = {SkillEnablements.class, SkillGate.class, SkillAccess.class})
public final class SkillAccess implements SkillEnablements, SkillGate {

    private final EnablementStore store;
    private final AuditLog audit;
    private final InstalledSkills installed;
    private final Map<TenantId, Map<String, Set<String>>> grants = new ConcurrentHashMap<>();
    private final AtomicInteger changes = new AtomicInteger();

    @Activate
    public SkillAccess(@Reference TenantTransactions transactions, @Reference AuditLog audit,
            @Reference InstalledSkills installed) {
        this.store = new EnablementStore(transactions);
        this.audit = audit;
        this.installed = installed;
    }

    @Override
    public EnabledSkill enable(Caller caller, String skillId, Set<String> permissions) {
        require(caller, "skill.enable", skillId);
        SkillDescriptor skill = installed.find(skillId).map(InstalledSkills.SkillBundle::descriptor)
                .orElseThrow(() -> new NotFoundException("The skill '" + skillId + "' (it is not installed here; an"
                        + " operator installs it from the marketplace first)"));
        Set<String> requested = skill.permissions().stream().map(RequestedPermission::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> granted = permissions == null ? requested : new LinkedHashSet<>(permissions);
        for (String permission : granted) {
            if (!requested.contains(permission)) {
                throw InvalidInputException.of("permissions", "'" + permission + "' is not a permission " + skill.name()
                        + " asks for; it asks for " + (requested.isEmpty() ? "none" : String.join(", ", requested)));
            }
            if (!caller.has(permission)) {
                deny(caller, "skill.enable", skillId, permission, "You cannot grant '" + permission + "' ("
                        + Permission.describe(permission).toLowerCase() + ") because you do not hold it yourself.");
            }
        }
        store.enable(caller.organization(), skillId, granted, caller.userId());
        grants.remove(caller.organization());
        audit.record(AuditEvents.by(caller, caller.organization(), "skill.enable").target("skill", skillId)
                .detail("version", skill.version()).detail("permissions", String.join(" ", granted)).build());
        return new EnabledSkill(skillId, granted);
    }

    @Override
    public void disable(Caller caller, String skillId) {
        require(caller, "skill.disable", skillId);
        if (!store.disable(caller.organization(), skillId)) {
            throw new NotFoundException("The skill '" + skillId + "' enabled for your organisation");
        }
        grants.remove(caller.organization());
        audit.record(AuditEvents.by(caller, caller.organization(), "skill.disable").target("skill", skillId).build());
    }

    /** Skill id -> permissions granted, in the caller's organisation. Readable by any signed-in caller. */
    Map<String, Set<String>> enabledIn(TenantId organization) {
        return grants.computeIfAbsent(organization, store::enabledIn);
    }

    @Override
    public Optional<String> skillOf(Bundle bundle) {
        return installed.of(bundle).map(SkillDescriptor::id);
    }

    @Override
    public Optional<Caller> actingFor(Caller caller, Bundle bundle) {
        Optional<SkillDescriptor> skill = installed.of(bundle);
        if (skill.isEmpty()) {
            return Optional.of(caller);
        }
        Set<String> granted = enabledIn(caller.organization()).get(skill.get().id());
        if (granted == null) {
            return Optional.empty();
        }
        Set<String> permissions = caller.permissions().stream().filter(granted::contains).collect(Collectors.toSet());
        return Optional.of(new Caller(caller.organization(), caller.userId(), caller.username(), caller.roles(),
                permissions, caller.kind(), caller.requestId()));
    }

    @Override
    public boolean changing() {
        return changes.get() > 0;
    }

    /** Runs a change of the installed skills, during which {@link #changing()} is true. */
    <T> T changing(Callable<T> change) throws Exception {
        changes.incrementAndGet();
        try {
            return change.call();
        } finally {
            changes.decrementAndGet();
        }
    }

    EnablementStore store() {
        return store;
    }

    /** Forgets every organisation's cached grants (after a forced uninstall changed many at once). */
    void forgetGrants() {
        grants.clear();
    }

    private void require(Caller caller, String action, String skillId) {
        if (!caller.has(Permission.SKILLS_ENABLE)) {
            deny(caller, action, skillId, Permission.SKILLS_ENABLE, "This needs the permission '"
                    + Permission.SKILLS_ENABLE + "' (" + Permission.describe(Permission.SKILLS_ENABLE).toLowerCase()
                    + "). Ask an administrator of your organisation.");
        }
    }

    private void deny(Caller caller, String action, String skillId, String permission, String message) {
        audit.record(AuditEvents.by(caller, caller.organization(), action).target("skill", skillId)
                .outcome(AuditOutcome.DENIED).detail("permission", permission).build());
        throw new AccessDeniedException(permission, message);
    }
}
