package dev.platina.identity.impl.internal;

import dev.platina.audit.api.AuditLog;
import dev.platina.core.api.AuthenticationFailedException;
import dev.platina.core.api.ConflictException;
import dev.platina.core.api.InvalidInputException;
import dev.platina.core.api.LimitExceededException;
import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.AuditEvents;
import dev.platina.identity.api.BuiltInRole;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.PermissionGuard;
import dev.platina.identity.api.StorageQuota;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.identity.api.UserService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Users of the caller's organisation, with the rules that keep an organisation administrable. */
@Component(service = {UserService.class, DefaultUserService.class})
public final class DefaultUserService implements UserService {

    static final int MAX_PAGE = 200;

    private final IdentityPersistence persistence;
    private final PasswordHasher hasher;
    private final PermissionGuard guard;
    private final AuditLog audit;
    private final StorageQuota quota;

    /** Room asked of the storage quota for one user row, with its sessions and codes. */
    static final long USER_BYTES = 4096;

    @Activate
    public DefaultUserService(@Reference IdentityPersistence persistence, @Reference AuditLog audit,
            @Reference StorageQuota quota) {
        this(persistence, new PasswordHasher(), audit, quota);
    }

    DefaultUserService(IdentityPersistence persistence, PasswordHasher hasher, AuditLog audit, StorageQuota quota) {
        this.persistence = persistence;
        this.hasher = hasher;
        this.guard = new PermissionGuard(audit);
        this.audit = audit;
        this.quota = quota;
    }

    @Override
    public Page<User> list(Caller caller, int limit, String cursor) {
        guard.require(caller, Permission.USERS_READ, "user.list", "organization", caller.organization());
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        String after = decodeCursor(cursor);
        List<User> users = persistence.jpa(caller.organization(), em -> em
                .createQuery("SELECT u FROM UserEntity u WHERE u.username > :after ORDER BY u.username",
                        UserEntity.class)
                .setParameter("after", after)
                .setMaxResults(limit + 1)
                .getResultList().stream()
                .map(u -> u.toUser(caller.organization().value()))
                .toList());
        boolean more = users.size() > limit;
        List<User> page = more ? users.subList(0, limit) : users;
        return new Page<>(page, more ? encodeCursor(page.get(page.size() - 1).username()) : null);
    }

    @Override
    public User get(Caller caller, UUID id) {
        if (!id.equals(caller.userId())) {
            guard.require(caller, Permission.USERS_READ, "user.read", "user", id);
        }
        return persistence.jpa(caller.organization(), em -> find(em, id).toUser(caller.organization().value()));
    }

    @Override
    public User create(Caller caller, NewUser user) {
        guard.require(caller, Permission.USERS_WRITE, "user.create", "user", null);
        Set<String> roles = user.roles() == null ? Set.of(BuiltInRole.USER.displayName()) : user.roles();
        validate(user, roles);
        quota.requireRoom(caller.organization(), USER_BYTES);
        String passwordHash = hasher.hash(user.password());
        User created = persistence.jpa(caller.organization(), em -> {
            Map<String, Set<String>> customRoles = CustomRoles.load(em);
            Set<String> canonical = canonicalRoles(roles, customRoles);
            requireGrantable(caller, canonical, customRoles, "user.create", null);
            enforceUserLimit(caller, em);
            if (usernameTaken(em, user.username())) {
                throw new ConflictException("The username '" + user.username() + "' is taken in this organisation.");
            }
            var entity = new UserEntity(UUID.randomUUID(), user.username(), user.displayName(), user.email(),
                    passwordHash, canonical);
            em.persist(entity);
            em.flush();
            return entity.toUser(caller.organization().value());
        });
        audit.record(AuditEvents.by(caller, "user.create").target("user", created.id().toString())
                .detail("username", created.username()).detail("roles", String.join(",", created.roles())).build());
        return created;
    }

    @Override
    public User update(Caller caller, UUID id, UserChanges changes, long expectedVersion) {
        boolean self = id.equals(caller.userId());
        boolean adminChange = changes.roles() != null || changes.enabled() != null;
        if (!self || adminChange) {
            guard.require(caller, Permission.USERS_WRITE, "user.update", "user", id);
        }
        new Validation()
                .require(changes.email() == null || Validation.EMAIL.matcher(changes.email()).matches(), "email",
                        "is not an e-mail address")
                .optionalLength(changes.displayName(), 200, "displayName")
                .throwIfInvalid();
        User updated = persistence.jpa(caller.organization(), em -> {
            UserEntity entity = find(em, id);
            if (entity.version() != expectedVersion) {
                throw staleVersion("user", entity.version());
            }
            if (changes.roles() != null) {
                Map<String, Set<String>> customRoles = CustomRoles.load(em);
                Set<String> canonical = canonicalRoles(changes.roles(), customRoles);
                requireGrantable(caller, canonical, customRoles, "user.update", id);
                if (entity.roles().contains(BuiltInRole.ADMIN.displayName())
                        && !canonical.contains(BuiltInRole.ADMIN.displayName())) {
                    requireAnotherAdmin(em, id);
                }
                entity.setRoles(canonical);
            }
            if (changes.enabled() != null) {
                if (!changes.enabled() && self) {
                    throw InvalidInputException.of("enabled", "you cannot disable your own account");
                }
                if (!changes.enabled() && entity.roles().contains(BuiltInRole.ADMIN.displayName())) {
                    requireAnotherAdmin(em, id);
                }
                entity.setEnabled(changes.enabled());
            }
            if (changes.displayName() != null) {
                entity.setDisplayName(changes.displayName());
            }
            if (changes.email() != null) {
                entity.setEmail(changes.email());
            }
            em.flush();
            return entity.toUser(caller.organization().value());
        });
        var event = AuditEvents.by(caller, "user.update").target("user", id.toString());
        if (changes.roles() != null) {
            event.detail("roles", String.join(",", updated.roles()));
        }
        if (changes.enabled() != null) {
            event.detail("enabled", updated.enabled());
        }
        audit.record(event.build());
        return updated;
    }

    @Override
    public void delete(Caller caller, UUID id) {
        guard.require(caller, Permission.USERS_WRITE, "user.delete", "user", id);
        if (id.equals(caller.userId())) {
            throw InvalidInputException.of("id", "you cannot delete your own account");
        }
        String username = persistence.jpa(caller.organization(), em -> {
            UserEntity entity = find(em, id);
            if (entity.roles().contains(BuiltInRole.ADMIN.displayName())) {
                requireAnotherAdmin(em, id);
            }
            em.remove(entity);
            return entity.username();
        });
        audit.record(AuditEvents.by(caller, "user.delete").target("user", id.toString())
                .detail("username", username).build());
    }

    @Override
    public void resetPassword(Caller caller, UUID id, String newPassword) {
        guard.require(caller, Permission.USERS_WRITE, "user.password.reset", "user", id);
        String username = persistence.jpa(caller.organization(), em -> find(em, id).username());
        PasswordPolicy.check("password", newPassword, username);
        String hash = hasher.hash(newPassword);
        persistence.jpa(caller.organization(), em -> {
            UserEntity entity = find(em, id);
            entity.setPasswordHash(hash);
            entity.recordSuccessfulLogin();
            return null;
        });
        persistence.sql(caller.organization(), c -> CredentialStore.revokeSessions(c, id));
        audit.record(AuditEvents.by(caller, "user.password.reset").target("user", id.toString()).build());
    }

    @Override
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        if (caller.userId() == null) {
            throw InvalidInputException.of("caller", "only a signed-in user has a password to change");
        }
        UserEntity user = persistence.jpa(caller.organization(), em -> find(em, caller.userId()));
        if (currentPassword == null || !hasher.verify(currentPassword, user.passwordHash())) {
            audit.record(AuditEvents.by(caller, "user.password.change").target("user", caller.userId().toString())
                    .outcome(dev.platina.audit.api.AuditOutcome.FAILURE).build());
            throw new AuthenticationFailedException("The current password is not right.");
        }
        PasswordPolicy.check("newPassword", newPassword, user.username());
        String hash = hasher.hash(newPassword);
        persistence.jpa(caller.organization(), em -> {
            find(em, caller.userId()).setPasswordHash(hash);
            return null;
        });
        audit.record(AuditEvents.by(caller, "user.password.change").target("user", caller.userId().toString())
                .build());
    }

    /** Creates a user without a caller's permission check, for bootstrap and organisation creation. */
    User createTrusted(Caller actor, Organization organization, NewUser user) {
        Set<String> roles = trustedRoles(user);
        validate(user, roles);
        String hash = hasher.hash(user.password());
        var tenant = new dev.platina.persistence.api.TenantId(organization.id());
        User created = persistence.jpa(tenant, em -> {
            var entity = new UserEntity(UUID.randomUUID(), user.username(), user.displayName(), user.email(), hash,
                    canonicalRoles(roles, Map.of()));
            em.persist(entity);
            em.flush();
            return entity.toUser(organization.id());
        });
        audit.record(AuditEvents.by(actor, tenant, "user.create").target("user", created.id().toString())
                .detail("username", created.username()).detail("roles", String.join(",", created.roles())).build());
        return created;
    }

    /** Checks a user {@link #createTrusted} would create, before anything is stored. */
    void validateTrusted(NewUser user) {
        validate(user, trustedRoles(user));
    }

    private static Set<String> trustedRoles(NewUser user) {
        return user.roles() == null ? Set.of(BuiltInRole.ADMIN.displayName()) : user.roles();
    }

    private void validate(NewUser user, Set<String> roles) {
        new Validation()
                .matches(user.username(), Validation.USERNAME, "username",
                        "use 1-100 lower-case letters, digits and . _ @ -, starting with a letter or digit")
                .require(user.email() == null || Validation.EMAIL.matcher(user.email()).matches(), "email",
                        "is not an e-mail address")
                .optionalLength(user.displayName(), 200, "displayName")
                .require(!roles.isEmpty(), "roles", "give the user at least one role")
                .throwIfInvalid();
        PasswordPolicy.check("password", user.password(), user.username());
    }

    /** Maps names to their stored spelling; unknown names are a validation error naming the valid ones. */
    private static Set<String> canonicalRoles(Set<String> requested, Map<String, Set<String>> customRoles) {
        var canonical = new LinkedHashSet<String>();
        for (String name : requested) {
            var builtIn = BuiltInRole.named(name);
            if (builtIn.isPresent()) {
                canonical.add(builtIn.get().displayName());
            } else if (customRoles.containsKey(name)) {
                canonical.add(name);
            } else {
                var known = new LinkedHashSet<String>();
                for (BuiltInRole role : BuiltInRole.values()) {
                    known.add(role.displayName());
                }
                known.addAll(customRoles.keySet());
                throw InvalidInputException.of("roles", "'" + name + "' is not a role here; roles are "
                        + String.join(", ", known));
            }
        }
        return canonical;
    }

    /** Nobody hands out more than they hold: a Manager cannot make an Admin. */
    private void requireGrantable(Caller caller, Set<String> roles, Map<String, Set<String>> customRoles,
            String action, UUID target) {
        Set<String> granted = RolePermissions.of(roles, customRoles);
        if (!caller.permissions().containsAll(granted)) {
            var missing = new LinkedHashSet<>(granted);
            missing.removeAll(caller.permissions());
            guard.deny(caller, missing.iterator().next(), action, "user", target, "You cannot grant roles with"
                    + " permissions you do not hold yourself (" + String.join(", ", missing) + ").");
        }
    }

    private static void enforceUserLimit(Caller caller, EntityManager em) {
        Number limit = (Number) em.createNativeQuery("SELECT max_users FROM organization WHERE id = ?")
                .setParameter(1, caller.organization().toString()).getSingleResult();
        if (limit == null) {
            return;
        }
        long count = em.createQuery("SELECT COUNT(u) FROM UserEntity u", Long.class).getSingleResult();
        if (count >= limit.longValue()) {
            throw new LimitExceededException("maxUsers", limit.longValue(), Duration.ofHours(1),
                    "Your organisation has reached its limit of " + limit + " users (maxUsers). Remove a user, or"
                            + " ask your provider to raise the limit.");
        }
    }

    private static void requireAnotherAdmin(EntityManager em, UUID except) {
        long others = em.createQuery("SELECT COUNT(u) FROM UserEntity u WHERE u.id <> :id AND u.enabled = TRUE"
                        + " AND CONCAT(',', u.roles, ',') LIKE :admin", Long.class)
                .setParameter("id", except.toString())
                .setParameter("admin", "%," + BuiltInRole.ADMIN.displayName() + ",%")
                .getSingleResult();
        if (others == 0) {
            throw new ConflictException("This is the organisation's last enabled Admin. Make someone else an Admin"
                    + " first.");
        }
    }

    private static boolean usernameTaken(EntityManager em, String username) {
        return !em.createQuery("SELECT u.id FROM UserEntity u WHERE u.username = :name", String.class)
                .setParameter("name", username).getResultList().isEmpty();
    }

    static UserEntity find(EntityManager em, UUID id) {
        UserEntity entity = em.find(UserEntity.class, id.toString());
        if (entity == null) {
            throw new NotFoundException("User " + id);
        }
        return entity;
    }

    static ConflictException staleVersion(String what, long current) {
        return new ConflictException("The " + what + " was changed by someone else (it is now at version " + current
                + "). Reload it and apply your change again.");
    }

    private static String encodeCursor(String username) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
    }

    private static String decodeCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return "";
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("cursor", "is not a cursor this API gave out");
        }
    }
}
