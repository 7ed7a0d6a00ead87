package dev.platina.notification.impl.internal;

import dev.platina.core.api.NotFoundException;
import dev.platina.identity.api.Caller;
import dev.platina.identity.api.OrganizationService;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserService;
import dev.platina.notification.api.Recipient;
import dev.platina.persistence.api.TenantId;
import java.util.Optional;
import java.util.UUID;

/** Who a notification is for, read afresh each time: a disabled or removed person is told nothing. */
final class RecipientDirectory {

    private final UserService users;
    private final OrganizationService organizations;

    RecipientDirectory(UserService users, OrganizationService organizations) {
        this.users = users;
        this.organizations = organizations;
    }

    Optional<Recipient> find(TenantId tenant, UUID userId) {
        Caller platform = Caller.system(tenant, "notifications");
        User user;
        try {
            user = users.get(platform, userId);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
        if (!user.enabled()) {
            return Optional.empty();
        }
        String organizationName = organizations.own(platform).name();
        return Optional.of(new Recipient(tenant, organizationName, user.id(), user.username(),
                user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName(),
                Optional.ofNullable(user.email()).filter(email -> !email.isBlank())));
    }
}
