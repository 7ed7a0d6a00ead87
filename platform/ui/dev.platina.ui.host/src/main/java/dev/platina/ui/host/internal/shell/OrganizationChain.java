package dev.platina.ui.host.internal.shell;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.persistence.api.TenantId;
import dev.platina.ui.host.internal.PlatinaServices;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slugs from an organisation up to the platform. A tenant may not read its reseller, so the chain is read as the
 * platform itself; only slugs leave this class, for choosing the theme.
 */
final class OrganizationChain {

    private static final int MAX_DEPTH = 8;

    private OrganizationChain() {
    }

    static List<String> of(Organization own) {
        OrganizationService organizations = PlatinaServices.current().organizations();
        List<String> chain = new ArrayList<>();
        chain.add(own.slug());
        Optional<Organization> platform = organizations.findBySlug(Organization.PLATFORM_SLUG);
        if (platform.isEmpty()) {
            return chain;
        }
        Caller platformItself = Caller.system(new TenantId(platform.get().id()), "ui-theme");
        Organization current = own;
        while (current.parentId() != null && chain.size() < MAX_DEPTH
                && !current.parentId().equals(platform.get().id())) {
            current = organizations.get(platformItself, current.parentId());
            chain.add(current.slug());
        }
        return chain;
    }
}
