package dev.platina.ui.host.internal.views;

import dev.platina.identity.api.Caller;
import dev.platina.identity.api.NewUser;
import dev.platina.identity.api.Page;
import dev.platina.identity.api.Role;
import dev.platina.identity.api.User;
import dev.platina.identity.api.UserChanges;
import dev.platina.ui.host.internal.PlatinaServices;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The users screen's calls to the identity services, as the signed-in caller. */
final class UsersPresenter implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    private final transient PlatinaServices services;
    private final Caller caller;

    UsersPresenter(PlatinaServices services, Caller caller) {
        this.services = services;
        this.caller = caller;
    }

    List<User> users() {
        List<User> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<User> page = services.users().list(caller, PAGE, cursor);
            all.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return all;
    }

    List<Role> roles() {
        return services.roles().list(caller);
    }

    User create(NewUser draft) {
        return services.users().create(caller, draft);
    }

    User update(User user, UserChanges changes) {
        return services.users().update(caller, user.id(), changes, user.version());
    }

    void resetPassword(User user, String password) {
        services.users().resetPassword(caller, user.id(), password);
    }
}
