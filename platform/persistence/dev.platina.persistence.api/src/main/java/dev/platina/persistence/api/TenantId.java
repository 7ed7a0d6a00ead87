package dev.platina.persistence.api;

import java.util.Objects;
import java.util.UUID;

/** The id of the organisation that owns a row; the value stored in every {@code tenant_id} column. */
public record TenantId(UUID value) {

    public TenantId {
        Objects.requireNonNull(value, "value");
    }

    /** @throws IllegalArgumentException when {@code text} is not a UUID */
    public static TenantId parse(String text) {
        return new TenantId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
