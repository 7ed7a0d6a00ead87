package dev.platina.identity.api;

import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Users of the caller's organisation. Requires {@code users:read} / {@code users:write}, except on oneself. */
@ProviderType
public interface UserService {

    Page<User> list(Caller caller, int limit, String cursor);

    User get(Caller caller, UUID id);

    User create(Caller caller, NewUser user);

    /** @throws dev.platina.core.api.ConflictException when {@code expectedVersion} is stale */
    User update(Caller caller, UUID id, UserChanges changes, long expectedVersion);

    void delete(Caller caller, UUID id);

    /** An admin sets a new password; the user's sessions end. */
    void resetPassword(Caller caller, UUID id, String newPassword);

    /** A user changes their own password, proving the current one. */
    void changeOwnPassword(Caller caller, String currentPassword, String newPassword);
}
