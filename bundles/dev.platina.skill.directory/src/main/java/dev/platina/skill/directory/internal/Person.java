package dev.platina.skill.directory.internal;

import dev.platina.identity.api.User;

/** A colleague as the directory shows them; never more than these three fields leave the skill. */
public record Person(String name, String username, String email) {

    static Person of(User user) {
        String name = user.displayName() == null || user.displayName().isBlank() ? user.username()
                : user.displayName();
        return new Person(name, user.username(), user.email() == null ? "" : user.email());
    }
}
