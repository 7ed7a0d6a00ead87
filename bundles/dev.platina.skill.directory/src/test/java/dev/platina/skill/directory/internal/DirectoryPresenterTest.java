package dev.platina.skill.directory.internal;

import static dev.platina.skill.directory.internal.InMemoryUserService.callerWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectoryPresenterTest {

    private final InMemoryUserService users = new InMemoryUserService()
            .add("ada", "Ada Lovelace", "ada@example.com", true)
            .add("alan", "Alan Turing", "alan@example.com", true);
    private final DirectoryPresenter presenter = new DirectoryPresenter(
            (caller, query) -> Optional.of(new Directory(users).people(caller, query)));

    @Test
    void showsThePeopleFound() {
        var outcome = presenter.search(Optional.of(callerWith("users:read")), "turing");

        assertThat(outcome.people()).containsExactly(new Person("Alan Turing", "alan", "alan@example.com"));
        assertThat(outcome.denied()).isEmpty();
        assertThat(outcome.unavailable()).isEmpty();
    }

    @Test
    void explainsAMissingGrantInPlainWords() {
        var outcome = presenter.search(Optional.of(callerWith()), "");

        assertThat(outcome.people()).isEmpty();
        assertThat(outcome.denied()).isEqualTo("Your organisation has not granted Team directory the permission to"
                + " see users. Ask your admin to enable it with that permission.");
        assertThat(outcome.unavailable()).isEmpty();
    }

    @Test
    void saysSoWhenThePlatformsUserServiceIsNotRunning() {
        var outcome = new DirectoryPresenter((caller, query) -> Optional.empty())
                .search(Optional.of(callerWith("users:read")), "");

        assertThat(outcome.people()).isEmpty();
        assertThat(outcome.unavailable()).isEqualTo(DirectoryPresenter.UNAVAILABLE);
        assertThat(outcome.denied()).isEmpty();
    }

    @Test
    void asksToSignInAgainWithoutACaller() {
        var outcome = presenter.search(Optional.empty(), "");

        assertThat(outcome.people()).isEmpty();
        assertThat(outcome.unavailable()).isEqualTo(DirectoryPresenter.SIGNED_OUT);
        assertThat(users.requestedLimits()).isEmpty();
    }
}
