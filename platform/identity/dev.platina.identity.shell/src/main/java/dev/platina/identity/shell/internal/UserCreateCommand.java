package dev.platina.identity.shell.internal;

import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "user-create",
        description = "Creates a user in an organisation; prints the password once.")
public class UserCreateCommand implements Action {

    @Argument(index = 0, name = "organization", description = "Organisation slug", required = true)
    String organization;

    @Argument(index = 1, name = "username", required = true)
    String username;

    @Option(name = "--role", description = "Admin, Manager, User (default), Viewer or a custom role; repeatable",
            multiValued = true)
    List<String> roles;

    @Option(name = "--email")
    String email;

    @Reference
    OrganizationService organizations;

    @Reference
    UserService users;

    @Override
    public Object execute() {
        Organization target = Operator.organization(organizations, organization);
        String password = Operator.randomPassword();
        User user = users.create(Operator.in(target), new NewUser(username, null, email, password,
                roles == null || roles.isEmpty() ? null : new LinkedHashSet<>(roles)));
        System.out.println("Created user '" + user.username() + "' (" + user.id() + ") in '" + organization
                + "' with roles " + user.roles() + ".");
        System.out.println("Password (shown once): " + password);
        return null;
    }
}
