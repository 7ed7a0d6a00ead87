package dev.platina.ui.host.internal.theme;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.persistence.api.TenantId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slugs from an organisation up to the platform. A tenant may not read its reseller, so the chain is read as the
 * platform itself; only slugs leave this class, for choosing the theme.
 */
public final class OrganizationChain {

    private static final int MAX_DEPTH = 8;
    private static final String PURPOSE = "ui-theme";

    private OrganizationChain() {
    }

    public static List<String> of(OrganizationService organizations, Organization own) {
        List<String> chain = new ArrayList<>();
        chain.add(own.slug());
        Optional<Organization> platform = organizations.findBySlug(Organization.PLATFORM_SLUG);
        if (platform.isEmpty()) {
            return chain;
        }
        Caller platformItself = Caller.system(new TenantId(platform.get().id()), PURPOSE);
        Organization current = own;
        while (current.parentId() != null && chain.size() < MAX_DEPTH
                && !current.parentId().equals(platform.get().id())) {
            current = organizations.get(platformItself, current.parentId());
            chain.add(current.slug());
        }
        return chain;
    }

    /** The chain of the organisation with this id; empty when it does not exist (any more). */
    public static List<String> of(OrganizationService organizations, TenantId organization) {
        Optional<Organization> platform = organizations.findBySlug(Organization.PLATFORM_SLUG);
        if (platform.isEmpty()) {
            return List.of();
        }
        try {
            return of(organizations, organizations.get(Caller.system(new TenantId(platform.get().id()), PURPOSE),
                    organization.value()));
        } catch (dev.platina.core.api.NotFoundException e) {
            return List.of();
        }
    }
}
