package dev.platina.identity.shell.internal;

import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.Organization;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import dev.platina.persistence.api.TenantId;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What the shell commands share. Whoever runs the Karaf shell on the machine is the operator, so commands act
 * as the platform itself in the organisation they name; every action is audited as {@code system:shell}.
 */
final class Operator {

    private Operator() {
    }

    static Organization organization(OrganizationService organizations, String slug) {
        return organizations.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Organisation '" + slug + "'"));
    }

    static Caller in(Organization organization) {
        return Caller.system(new TenantId(organization.id()), "shell");
    }

    static User user(UserService users, Caller caller, String username) {
        String cursor = null;
        do {
            Page<User> page = users.list(caller, 200, cursor);
            for (User user : page.items()) {
                if (user.username().equals(username)) {
                    return user;
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        throw new NotFoundException("User '" + username + "'");
    }

    /** A random password of 24 characters, printed once for the operator to hand over. */
    static String randomPassword() {
        var bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
