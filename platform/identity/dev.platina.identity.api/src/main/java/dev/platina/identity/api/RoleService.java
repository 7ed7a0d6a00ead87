package dev.platina.identity.api;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/** Built-in and custom roles of the caller's organisation. Requires {@code roles:read} / {@code roles:write}. */
@ProviderType
public interface RoleService {

    List<Role> list(Caller caller);

    Role get(Caller caller, UUID id);

    Role create(Caller caller, RoleDraft role);

    Role update(Caller caller, UUID id, RoleDraft changes, long expectedVersion);

    /** Refused while users hold the role. */
    void delete(Caller caller, UUID id);
}
