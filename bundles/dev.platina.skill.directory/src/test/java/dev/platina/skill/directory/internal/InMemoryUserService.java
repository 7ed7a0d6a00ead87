package dev.platina.skill.directory.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Permission;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.identity.api.UserService;
import dev.platina.persistence.api.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The users of one organisation in memory, listed in pages the way the platform does, checking users:read. The
 * directory only ever lists users, so the writing operations are deliberately unsupported here.
 */
final class InMemoryUserService implements UserService {

    static final TenantId ORGANISATION = new TenantId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    private final List<User> users = new ArrayList<>();
    private final List<Integer> requestedLimits = new ArrayList<>();

    static Caller callerWith(String... permissions) {
        return new Caller(ORGANISATION, UUID.randomUUID(), "reader", Set.of("Member"), Set.of(permissions),
                Caller.Kind.USER, null);
    }

    InMemoryUserService add(String username, String displayName, String email, boolean enabled) {
        users.add(new User(UUID.randomUUID(), ORGANISATION.value(), username, displayName, email, Set.of("Member"),
                enabled, false, null, 1, Instant.EPOCH));
        return this;
    }

    /** The limit of every list call so far, in order. */
    List<Integer> requestedLimits() {
        return requestedLimits;
    }

    @Override
    public Page<User> list(Caller caller, int limit, String cursor) {
        if (!caller.has(Permission.USERS_READ)) {
            throw new AccessDeniedException(Permission.USERS_READ, "Listing users needs the permission "
                    + Permission.USERS_READ + ".");
        }
        requestedLimits.add(limit);
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(from + limit, users.size());
        return new Page<>(users.subList(from, to), to < users.size() ? Integer.toString(to) : null);
    }

    @Override
    public User get(Caller caller, UUID id) {
        throw onlyLists();
    }

    @Override
    public User create(Caller caller, NewUser user) {
        throw onlyLists();
    }

    @Override
    public User update(Caller caller, UUID id, UserChanges changes, long expectedVersion) {
        throw onlyLists();
    }

    @Override
    public void delete(Caller caller, UUID id) {
        throw onlyLists();
    }

    @Override
    public void resetPassword(Caller caller, UUID id, String newPassword) {
        throw onlyLists();
    }

    @Override
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword) {
        throw onlyLists();
    }

    /** The directory only lists users; a call to anything else would be a bug in the skill under test. */
    private static UnsupportedOperationException onlyLists() {
        return new UnsupportedOperationException("The team directory only lists users");
    }
}
