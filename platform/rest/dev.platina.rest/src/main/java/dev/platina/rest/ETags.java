package dev.platina.rest;

import dev.platina.core.api.InvalidInputException;
import java.util.function.LongSupplier;
import javax.ws.rs.core.EntityTag;

/** Versions as entity tags: GET answers {@code ETag: "3"}, an update sends {@code If-Match: "3"}. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} names, or the current one (read only then) when the client sent none. */
    public static long expectedVersion(String ifMatch, LongSupplier current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return current.getAsLong();
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("If-Match", "send the ETag of the version you edited, e.g. \"3\"");
        }
    }
}
