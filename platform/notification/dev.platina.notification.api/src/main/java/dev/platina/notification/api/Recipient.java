package dev.platina.notification.api;

import dev.platina.persistence.api.TenantId;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The person a notification is for, with what channels need to reach them and to brand the message. */
public record Recipient(TenantId organization, String organizationName, UUID userId, String username,
        String displayName, Optional<String> email) {

    public Recipient {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(userId, "userId");
        email = email == null ? Optional.empty() : email;
    }
}
