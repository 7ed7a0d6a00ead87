package dev.platina.ai.impl.internal;

import dev.platina.ai.api.AiSettings;
import dev.platina.ai.api.AiSettingsChange;
import dev.platina.ai.api.AiSettingsService;
import dev.platina.ai.api.AiUsage;
import dev.platina.audit.api.AuditLog;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reading and changing an organisation's AI settings; every change audited, never with the key. */
@Component(service = AiSettingsService.class)
public final class DefaultAiSettingsService implements AiSettingsService {

    private final TenantAiSettings settings;
    private final AuditLog audit;
    private final PermissionGuard guard;
    private final ConnectionCache connections;

    @Activate
    public DefaultAiSettingsService(@Reference TenantAiSettings settings, @Reference AuditLog audit,
            @Reference ConnectionCache connections) {
        this.settings = settings;
        this.audit = audit;
        this.guard = new PermissionGuard(audit);
        this.connections = connections;
    }

    @Override
    public AiSettings get(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.settings.read", "ai-settings", null);
        return settings.get(caller.organization());
    }

    @Override
    public AiSettings update(Caller caller, AiSettingsChange change) {
        guard.require(caller, Permission.SETTINGS_WRITE, "ai.settings.update", "ai-settings", null);
        SettingsCheck.check(change);
        AiSettings stored = settings.update(caller.organization(), change, caller.username());
        connections.forget(caller.organization());
        audit.record(AuditEvents.by(caller, "ai.settings.update").target("ai-settings", null)
                .detail("provider", stored.provider()).detail("model", stored.model())
                .detail("baseUrl", stored.baseUrl()).detail("monthlyTokenBudget", stored.monthlyTokenBudget())
                .detail("key", change.apiKey().map(k -> k.isBlank() ? "removed" : "replaced").orElse("kept"))
                .build());
        return stored;
    }

    @Override
    public AiUsage usage(Caller caller) {
        guard.require(caller, Permission.WORKFLOWS_READ, "ai.usage.read", "ai-settings", null);
        return settings.usage(caller.organization(), settings.get(caller.organization()).monthlyTokenBudget());
    }
}
