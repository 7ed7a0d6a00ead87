package dev.platina.identity.shell.internal;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Service
@Command(scope = "platina", name = "password-reset",
        description = "Sets a new random password for a user, ends their sessions, prints the password once.")
public class PasswordResetCommand implements Action {

    @Argument(index = 0, name = "organization", description = "Organisation slug", required = true)
    String organization;

    @Argument(index = 1, name = "username", required = true)
    String username;

    @Reference
    OrganizationService organizations;

    @Reference
    UserService users;

    @Override
    public Object execute() {
        Caller operator = Operator.in(Operator.organization(organizations, organization));
        User user = Operator.user(users, operator, username);
        String password = Operator.randomPassword();
        users.resetPassword(operator, user.id(), password);
        System.out.println("New password for '" + username + "' in '" + organization + "' (shown once): "
                + password);
        return null;
    }
}
