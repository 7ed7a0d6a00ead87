package dev.platina.identity.api;

import java.util.Set;

/** A user to create. {@code roles} names built-in roles ({@code Admin}...) or custom roles by name. */
public record NewUser(String username, String displayName, String email, String password, Set<String> roles) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", roles=" + roles + "]";
    }
}
