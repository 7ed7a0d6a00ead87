package dev.platina.identity.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The organisation tree. A caller sees and manages only the organisations below its own: the operator all
 * resellers and tenants, a reseller its tenants. Requires {@code organizations:read} / {@code organizations:write}.
 */
@ProviderType
public interface OrganizationService {

    Organization create(Caller caller, NewOrganization organization);

    /** Every organisation below the caller's, in tree order. */
    List<Organization> listBelow(Caller caller);

    /** @throws dev.platina.core.api.NotFoundException also for organisations outside the caller's subtree */
    Organization get(Caller caller, UUID id);

    /** @throws dev.platina.core.api.ConflictException when {@code expectedVersion} is stale */
    Organization update(Caller caller, UUID id, OrganizationChanges changes, long expectedVersion);

    /** Removes the organisation with all its users and data; refused while it has organisations below it. */
    void delete(Caller caller, UUID id);

    /** For sign-in: the organisation with this slug, if any. */
    Optional<Organization> findBySlug(String slug);

    /** The caller's own organisation. */
    Organization own(Caller caller);
}
