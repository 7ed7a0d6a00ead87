package dev.platina.identity.shell.internal;

import dev.platina.identity.api.NewOrganization;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "organization-create",
        description = "Creates a reseller or tenant with its first Admin; prints the Admin's password once.")
public class OrganizationCreateCommand implements Action {

    @Argument(index = 0, name = "slug", description = "Short name used at sign-in, e.g. acme", required = true)
    String slug;

    @Argument(index = 1, name = "name", description = "Display name, e.g. \"Acme Inc.\"", required = true)
    String name;

    @Option(name = "--kind", description = "tenant (default) or reseller")
    String kind = "tenant";

    @Option(name = "--parent", description = "Slug of the parent organisation (default: platform)")
    String parent = Organization.PLATFORM_SLUG;

    @Option(name = "--admin", description = "Username of the first Admin (default: admin)")
    String admin = "admin";

    @Option(name = "--admin-email", description = "E-mail of the first Admin")
    String adminEmail;

    @Reference
    OrganizationService organizations;

    @Override
    public Object execute() {
        Organization parentOrganization = Operator.organization(organizations, parent);
        String password = Operator.randomPassword();
        Organization created = organizations.create(Operator.in(parentOrganization), new NewOrganization(slug, name,
                Organization.Kind.valueOf(kind.toUpperCase(Locale.ROOT)), null, false,
                new NewUser(admin, null, adminEmail, password, null)));
        System.out.println("Created " + kind + " '" + created.slug() + "' (" + created.id() + ") below '" + parent
                + "'.");
        System.out.println("Admin '" + admin + "' password (shown once): " + password);
        return null;
    }
}
