package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.RoleDraft;
import dev.platina.identity.api.RoleService;
import dev.platina.identity.api.StorageQuota;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Built-in roles (read-only) and the organisation's custom roles. */
@Component(service = RoleService.class)
public final class DefaultRoleService implements RoleService {

    private final IdentityPersistence persistence;
    private final PermissionGuard guard;
    private final AuditLog audit;
    private final StorageQuota quota;

    @Activate
    public DefaultRoleService(@Reference IdentityPersistence persistence, @Reference AuditLog audit,
            @Reference StorageQuota quota) {
        this.persistence = persistence;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
        this.quota = quota;
    }

    @Override
    public List<Role> list(Caller caller) {
        guard.require(caller, Permission.ROLES_READ, "role.list", "role", null);
        var roles = new ArrayList<Role>();
        for (BuiltInRole role : BuiltInRole.values()) {
            roles.add(new Role(null, role.displayName(), "Built-in", orderedPermissions(role.permissions()), true, 0));
        }
        roles.addAll(persistence.jpa(caller.organization(), em -> em
                .createQuery("SELECT r FROM CustomRoleEntity r ORDER BY r.name", CustomRoleEntity.class)
                .getResultList().stream().map(CustomRoleEntity::toRole).toList()));
        return roles;
    }

    @Override
    public Role get(Caller caller, UUID id) {
        guard.require(caller, Permission.ROLES_READ, "role.read", "role", id);
        return persistence.jpa(caller.organization(), em -> find(em, id).toRole());
    }

    @Override
    public Role create(Caller caller, RoleDraft draft) {
        guard.require(caller, Permission.ROLES_WRITE, "role.create", "role", null);
        validate(draft, true);
        requireHeld(caller, draft.permissions(), "role.create", null);
        quota.requireRoom(caller.organization(), 1024);
        Role created = persistence.jpa(caller.organization(), em -> {
            requireFreeName(em, draft.name(), null);
            var entity = new CustomRoleEntity(UUID.randomUUID(), draft.name(), draft.description(),
                    orderedPermissions(draft.permissions()));
            em.persist(entity);
            em.flush();
            return entity.toRole();
        });
        audit.record(AuditEvents.by(caller, "role.create").target("role", created.id().toString())
                .detail("name", created.name()).detail("permissions", String.join(",", created.permissions()))
                .build());
        return created;
    }

    @Override
    public Role update(Caller caller, UUID id, RoleDraft changes, long expectedVersion) {
        guard.require(caller, Permission.ROLES_WRITE, "role.update", "role", id);
        validate(changes, false);
        if (changes.permissions() != null) {
            requireHeld(caller, changes.permissions(), "role.update", id);
        }
        Role updated = persistence.jpa(caller.organization(), em -> {
            CustomRoleEntity entity = find(em, id);
            if (entity.version() != expectedVersion) {
                throw DefaultUserService.staleVersion("role", entity.version());
            }
            if (changes.name() != null && !changes.name().equals(entity.name())) {
                requireFreeName(em, changes.name(), id);
                if (holders(em, entity.name()) > 0) {
                    throw new ConflictException("Users hold the role '" + entity.name() + "'; a held role keeps its"
                            + " name. Create a new role instead.");
                }
                entity.setName(changes.name());
            }
            if (changes.description() != null) {
                entity.setDescription(changes.description());
            }
            if (changes.permissions() != null) {
                entity.setPermissions(orderedPermissions(changes.permissions()));
            }
            em.flush();
            return entity.toRole();
        });
        audit.record(AuditEvents.by(caller, "role.update").target("role", id.toString())
                .detail("name", updated.name()).detail("permissions", String.join(",", updated.permissions()))
                .build());
        return updated;
    }

    @Override
    public void delete(Caller caller, UUID id) {
        guard.require(caller, Permission.ROLES_WRITE, "role.delete", "role", id);
        String name = persistence.jpa(caller.organization(), em -> {
            CustomRoleEntity entity = find(em, id);
            long holders = holders(em, entity.name());
            if (holders > 0) {
                throw new ConflictException(holders + " user(s) hold the role '" + entity.name() + "'. Give them"
                        + " another role first.");
            }
            em.remove(entity);
            return entity.name();
        });
        audit.record(AuditEvents.by(caller, "role.delete").target("role", id.toString()).detail("name", name)
                .build());
    }

    private void validate(RoleDraft draft, boolean creating) {
        var validation = new Validation();
        if (creating || draft.name() != null) {
            validation.matches(draft.name(), Validation.ROLE_NAME, "name",
                            "use 1-60 letters, digits, spaces and . _ -, starting with a letter or digit")
                    .require(draft.name() == null || BuiltInRole.named(draft.name()).isEmpty(), "name",
                            "is a built-in role");
        }
        if (creating || draft.permissions() != null) {
            validation.require(draft.permissions() != null && !draft.permissions().isEmpty(), "permissions",
                    "name at least one permission");
            if (draft.permissions() != null) {
                for (String permission : draft.permissions()) {
                    validation.require(Permission.isKnown(permission), "permissions", "'" + permission
                            + "' is not a permission; known are " + String.join(", ", Permission.all()));
                }
            }
        }
        validation.optionalLength(draft.description(), 500, "description").throwIfInvalid();
    }

    private void requireHeld(Caller caller, Set<String> permissions, String action, UUID id) {
        var missing = new LinkedHashSet<>(permissions);
        missing.removeAll(caller.permissions());
        if (!missing.isEmpty()) {
            guard.deny(caller, missing.iterator().next(), action, "role", id, "A role cannot carry permissions you"
                    + " do not hold yourself (" + String.join(", ", missing) + ").");
        }
    }

    private static void requireFreeName(EntityManager em, String name, UUID except) {
        boolean taken = em.createQuery("SELECT r FROM CustomRoleEntity r WHERE r.name = :name", CustomRoleEntity.class)
                .setParameter("name", name).getResultList().stream()
                .anyMatch(r -> except == null || !r.toRole().id().equals(except));
        if (taken) {
            throw new ConflictException("A role named '" + name + "' exists already.");
        }
    }

    private static long holders(EntityManager em, String roleName) {
        return em.createQuery("SELECT COUNT(u) FROM UserEntity u WHERE CONCAT(',', u.roles, ',') LIKE :role",
                Long.class).setParameter("role", "%," + roleName + ",%").getSingleResult();
    }

    private static CustomRoleEntity find(EntityManager em, UUID id) {
        CustomRoleEntity entity = em.find(CustomRoleEntity.class, id.toString());
        if (entity == null) {
            throw new NotFoundException("Role " + id);
        }
        return entity;
    }

    /** Permissions in the documented order, so lists read the same everywhere. */
    private static Set<String> orderedPermissions(Set<String> permissions) {
        var ordered = new LinkedHashSet<String>();
        for (String permission : Permission.all()) {
            if (permissions.contains(permission)) {
                ordered.add(permission);
            }
        }
        return ordered;
    }
}
