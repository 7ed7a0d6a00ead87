package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationChanges;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The organisation tree: the operator creates resellers and tenants, a reseller creates tenants, and each sees
 * and manages its own subtree only. An organisation outside the caller's subtree is reported as not found.
 */
@Component(service = {OrganizationService.class, DefaultOrganizationService.class})
public final class DefaultOrganizationService implements OrganizationService {

    private static final Set<String> RESERVED_SLUGS = Set.of("platform", "www", "api", "admin", "app", "static",
            "assets", "login", "mail");

    private final IdentityPersistence persistence;
    private final DefaultUserService users;
    private final PermissionGuard guard;
    private final AuditLog audit;
    private final OrganizationRateLimiter limiter;

    @Activate
    public DefaultOrganizationService(@Reference IdentityPersistence persistence,
            @Reference DefaultUserService users, @Reference AuditLog audit,
            @Reference OrganizationRateLimiter limiter) {
        this.persistence = persistence;
        this.users = users;
        this.limiter = limiter;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
    }

    @Override
    public Organization create(Caller caller, NewOrganization request) {
        guard.require(caller, Permission.ORGANIZATIONS_WRITE, "organization.create", "organization", null);
        Organization parent = own(caller);
        Organization.Kind kind = request.kind() == null ? Organization.Kind.TENANT : request.kind();
        boolean allowed = parent.kind() == Organization.Kind.PLATFORM && kind != Organization.Kind.PLATFORM
                || parent.kind() == Organization.Kind.RESELLER && kind == Organization.Kind.TENANT;
        if (!allowed) {
            guard.deny(caller, Permission.ORGANIZATIONS_WRITE, "organization.create", "organization", null,
                    parent.kind() == Organization.Kind.TENANT
                            ? "A tenant cannot create organisations; ask your provider."
                            : "A reseller can create tenants only.");
        }
        NewUser admin = request.admin();
        new Validation()
                .matches(request.slug(), Validation.SLUG, "slug",
                        "use 1-63 lower-case letters, digits and hyphens, not starting or ending with a hyphen")
                .require(request.slug() == null || !RESERVED_SLUGS.contains(request.slug()), "slug",
                        "is reserved; choose another")
                .require(request.name() != null && !request.name().isBlank() && request.name().length() <= 200,
                        "name", "give a name of 1-200 characters")
                .require(admin != null, "admin", "name the first Admin (username, password, email)")
                .throwIfInvalid();
        validateLimits(request.limits());
        NewUser firstAdmin = new NewUser(admin.username(), admin.displayName(), admin.email(), admin.password(),
                Set.of(BuiltInRole.ADMIN.displayName()));
        try {
            users.validateTrusted(firstAdmin);
        } catch (InvalidInputException e) {
            throw prefixAdminFields(e);
        }
        var organization = new Organization(UUID.randomUUID(), parent.id(), request.slug(), request.name().trim(),
                kind, Organization.Status.ACTIVE, request.limits() == null ? Organization.Limits.NONE
                        : request.limits(), request.totpRequired(), 1, Instant.now());
        persistence.platformSql(c -> {
            if (OrganizationStore.bySlug(c, organization.slug()).isPresent()) {
                throw new ConflictException("The slug '" + organization.slug() + "' is taken; choose another.");
            }
            OrganizationStore.insert(c, organization);
            return null;
        });
        try {
            users.createTrusted(caller, organization, firstAdmin);
        } catch (RuntimeException e) {
            persistence.platformSql(c -> {
                OrganizationStore.delete(c, organization.id());
                return null;
            });
            throw prefixAdminFields(e);
        }
        audit.record(AuditEvents.by(caller, "organization.create").target("organization",
                organization.id().toString()).detail("slug", organization.slug()).detail("kind", kind).build());
        return get(caller, organization.id());
    }

    @Override
    public List<Organization> listBelow(Caller caller) {
        guard.require(caller, Permission.ORGANIZATIONS_READ, "organization.list", "organization", null);
        return persistence.platformSql(c -> OrganizationStore.below(c, caller.organization().value()));
    }

    @Override
    public Organization get(Caller caller, UUID id) {
        if (id.equals(caller.organization().value())) {
            return own(caller);
        }
        guard.require(caller, Permission.ORGANIZATIONS_READ, "organization.read", "organization", id);
        return persistence.platformSql(c -> {
            if (!OrganizationStore.isBelow(c, caller.organization().value(), id)) {
                throw new NotFoundException("Organisation " + id);
            }
            return OrganizationStore.byId(c, id).orElseThrow(() -> new NotFoundException("Organisation " + id));
        });
    }

    @Override
    public Organization update(Caller caller, UUID id, OrganizationChanges changes, long expectedVersion) {
        guard.require(caller, Permission.ORGANIZATIONS_WRITE, "organization.update", "organization", id);
        new Validation()
                .require(changes.name() == null || !changes.name().isBlank() && changes.name().length() <= 200,
                        "name", "give a name of 1-200 characters")
                .throwIfInvalid();
        validateLimits(changes.limits());
        refuseOwn(caller, id, "organization.update");
        Organization before = get(caller, id);
        Organization after = persistence.platformSql(c -> {
            if (!OrganizationStore.update(c, id, changes, expectedVersion)) {
                throw DefaultUserService.staleVersion("organisation", OrganizationStore.byId(c, id)
                        .map(Organization::version).orElse(0L));
            }
            return OrganizationStore.byId(c, id).orElseThrow();
        });
        limiter.forget(id);
        String action = before.status() == after.status() ? "organization.update"
                : after.status() == Organization.Status.SUSPENDED ? "organization.suspend" : "organization.reactivate";
        audit.record(AuditEvents.by(caller, action).target("organization", id.toString())
                .detail("slug", after.slug()).build());
        return after;
    }

    @Override
    public void delete(Caller caller, UUID id) {
        guard.require(caller, Permission.ORGANIZATIONS_WRITE, "organization.delete", "organization", id);
        refuseOwn(caller, id, "organization.delete");
        Organization organization = get(caller, id);
        persistence.platformSql(c -> {
            if (OrganizationStore.hasChildren(c, id)) {
                throw new ConflictException("Organisation '" + organization.slug() + "' still has organisations"
                        + " below it. Delete or move those first.");
            }
            OrganizationStore.delete(c, id);
            return null;
        });
        audit.record(AuditEvents.by(caller, "organization.delete").target("organization", id.toString())
                .detail("slug", organization.slug()).detail("name", organization.name()).build());
    }

    @Override
    public Optional<Organization> findBySlug(String slug) {
        return persistence.platformSql(c -> OrganizationStore.bySlug(c, slug));
    }

    @Override
    public Organization own(Caller caller) {
        return persistence.platformSql(c -> OrganizationStore.byId(c, caller.organization().value()))
                .orElseThrow(() -> new NotFoundException("Organisation " + caller.organization()));
    }

    /** The platform organisation, created on first start. */
    Organization ensurePlatform() {
        return persistence.platformSql(c -> {
            Optional<Organization> existing = OrganizationStore.bySlug(c, Organization.PLATFORM_SLUG);
            if (existing.isPresent()) {
                return existing.get();
            }
            var platform = new Organization(UUID.randomUUID(), null, Organization.PLATFORM_SLUG, "Platform",
                    Organization.Kind.PLATFORM, Organization.Status.ACTIVE, Organization.Limits.NONE, false, 1,
                    Instant.now());
            OrganizationStore.insert(c, platform);
            return platform;
        });
    }

    /** Status, limits and existence of an organisation are its provider's to decide, never its own. */
    private void refuseOwn(Caller caller, UUID id, String action) {
        if (id.equals(caller.organization().value())) {
            guard.deny(caller, Permission.ORGANIZATIONS_WRITE, action, "organization", id, "Your organisation's"
                    + " status and limits are managed by your provider. Contact them for changes.");
        }
    }

    private static void validateLimits(Organization.Limits limits) {
        if (limits == null) {
            return;
        }
        new Validation()
                .require(limits.maxUsers() == null || limits.maxUsers() > 0, "limits.maxUsers", "must be positive")
                .require(limits.maxRequestsPerMinute() == null || limits.maxRequestsPerMinute() > 0,
                        "limits.maxRequestsPerMinute", "must be positive")
                .require(limits.maxStorageMb() == null || limits.maxStorageMb() > 0, "limits.maxStorageMb",
                        "must be positive")
                .throwIfInvalid();
    }

    private static RuntimeException prefixAdminFields(RuntimeException e) {
        if (e instanceof InvalidInputException invalid) {
            var prefixed = new java.util.LinkedHashMap<String, String>();
            invalid.fieldErrors().forEach((field, message) -> prefixed.put("admin." + field, message));
            return new InvalidInputException(prefixed);
        }
        return e;
    }
}
