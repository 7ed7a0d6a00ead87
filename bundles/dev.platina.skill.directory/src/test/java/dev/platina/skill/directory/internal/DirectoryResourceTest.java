package dev.platina.skill.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.core.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class DirectoryResourceTest {

    @Test
    void refusesAQueryOverAHundredCharactersBeforeReadingUsers() {
        var users = new InMemoryUserService();

        assertThatThrownBy(() -> new DirectoryResource(users).people("x".repeat(101), null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("query"));
        assertThat(users.requestedLimits()).isEmpty();
    }
}
