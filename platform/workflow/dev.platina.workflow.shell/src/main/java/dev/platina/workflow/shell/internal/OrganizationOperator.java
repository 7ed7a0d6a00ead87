package dev.platina.workflow.shell.internal;

import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.persistence.api.TenantId;

/**
 * Whoever runs the Karaf shell on the machine is the operator: a command about an organisation's runs acts as the
 * platform within that organisation, audited there as {@code system:shell}.
 */
final class OrganizationOperator {

    private OrganizationOperator() {
    }

    static Caller in(OrganizationService organizations, String slug) {
        Organization organization = organizations.findBySlug(slug).orElseThrow(() -> new NotFoundException(
                "The organisation '" + slug + "'"));
        return Caller.system(new TenantId(organization.id()), "shell");
    }
}
