package dev.platina.skill.directory.internal;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.identity.api.Caller;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** What the directory screen shows for a search: the people found, or a message saying why there are none. */
final class DirectoryPresenter implements Serializable {

    static final String DENIED = "Your organisation has not granted Team directory the permission to see users."
            + " Ask your admin to enable it with that permission.";
    static final String UNAVAILABLE = "The list of users is not available right now. Try again in a minute.";
    static final String SIGNED_OUT = "Your session has ended. Sign in again to see your colleagues.";

    /** Exactly one of the three is filled; the other messages are empty. */
    record Outcome(List<Person> people, String denied, String unavailable) {

        static Outcome found(List<Person> people) {
            return new Outcome(people, "", "");
        }
    }

    private static final long serialVersionUID = 1L;

    private final DirectoryLookup lookup;

    DirectoryPresenter(DirectoryLookup lookup) {
        this.lookup = lookup;
    }

    Outcome search(Optional<Caller> caller, String query) {
        if (caller.isEmpty()) {
            return new Outcome(List.of(), "", SIGNED_OUT);
        }
        try {
            return lookup.find(caller.get(), query).map(Outcome::found)
                    .orElseGet(() -> new Outcome(List.of(), "", UNAVAILABLE));
        } catch (AccessDeniedException e) {
            return new Outcome(List.of(), DENIED, "");
        }
    }
}
