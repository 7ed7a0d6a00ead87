package dev.platina.rest;

import dev.platina.core.api.NotFoundException;
import java.util.UUID;

/** Path ids: anything that is not a UUID cannot name an object, so it is simply not found. */
public final class Ids {

    private Ids() {
    }

    public static UUID parse(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + id);
        }
    }
}
