package dev.platina.skill.directory.internal;

import static dev.platina.skill.directory.internal.InMemoryUserService.callerWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.AccessDeniedException;
import dev.platina.identity.api.Caller;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class DirectoryTest {

    private final Caller reader = callerWith("users:read");
    private final InMemoryUserService users = new InMemoryUserService()
            .add("zoe", "Zoë Adams", "zoe@example.com", true)
            .add("emile", "Émile Zola", "emile@example.com", true)
            .add("emma", "emma brown", "emma@example.com", true)
            .add("ghost", "Gone Away", "ghost@example.com", false)
            .add("bot", "", null, true);

    @Test
    void listsEnabledUsersInNameOrderIgnoringCaseAndAccents() {
        var people = new Directory(users).people(reader, null);

        assertThat(people).extracting(Person::username).containsExactly("bot", "emile", "emma", "zoe");
        assertThat(people).doesNotContain(new Person("Gone Away", "ghost", "ghost@example.com"));
    }

    @Test
    void showsTheUserNameWhenThereIsNoDisplayNameAndNoNullEmail() {
        var people = new Directory(users).people(reader, "bot");

        assertThat(people).containsExactly(new Person("bot", "bot", ""));
    }

    @Test
    void findsByNameUserNameOrEmailWhateverTheCase() {
        var directory = new Directory(users);

        assertThat(directory.people(reader, "ZOLA")).extracting(Person::username).containsExactly("emile");
        assertThat(directory.people(reader, " emm ")).extracting(Person::username).containsExactly("emma");
        assertThat(directory.people(reader, "zoe@EXAMPLE")).extracting(Person::username).containsExactly("zoe");
        assertThat(directory.people(reader, "nobody")).isEmpty();
    }

    @Test
    void blankQueryListsEveryone() {
        assertThat(new Directory(users).people(reader, "   ")).hasSize(4);
    }

    @Test
    void neverFindsDisabledUsers() {
        assertThat(new Directory(users).people(reader, "ghost")).isEmpty();
    }

    @Test
    void pagesThroughTheWholeOrganisationAHundredAtATime() {
        var many = new InMemoryUserService();
        for (int i = 0; i < 250; i++) {
            many.add(String.format("user%03d", i), "", "", true);
        }

        var people = new Directory(many).people(reader, null);

        assertThat(people).hasSize(250);
        assertThat(people.get(249).username()).isEqualTo("user249");
        assertThat(many.requestedLimits()).containsExactly(100, 100, 100);
    }

    @Test
    void stopsReadingAfterTwoThousandUsers() {
        var many = new InMemoryUserService();
        for (int i = 0; i < 2_500; i++) {
            many.add(String.format("user%04d", i), "", "", true);
        }

        var people = new Directory(many).people(reader, null);

        assertThat(people).hasSize(2_000);
        assertThat(people).extracting(Person::username).doesNotContain("user2000");
        assertThat(many.requestedLimits()).containsExactlyElementsOf(Collections.nCopies(20, 100));
    }

    @Test
    void letsTheMissingPermissionThrough() {
        assertThatThrownBy(() -> new Directory(users).people(callerWith(), null))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.permission()).isEqualTo("users:read"));
    }
}
