package dev.platina.skill.directory.internal;

import dev.platina.identity.api.Caller;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Runs one directory search against the platform's user service; the seam that keeps the presenter testable. */
@FunctionalInterface
interface DirectoryLookup extends Serializable {

    /**
     * @return empty when the platform's user service is not running (being upgraded, say)
     * @throws dev.platina.core.api.AccessDeniedException when the caller may not read users
     */
    Optional<List<Person>> find(Caller caller, String query);
}
