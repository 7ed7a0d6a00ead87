package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SkillRepositoriesTest {

    private static final Path HOME = Path.of("/opt/platina");
    private static final Path BUILT_IN = HOME.resolve("marketplace");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void withoutConfigurationTheBuiltInRepositoryIsRead() {
        assertThat(locations(new String[0])).containsExactly("file:///opt/platina/marketplace");
    }

    @Test
    void plainPathsAreFoldersAndRelativeOnesAreReadFromTheInstallationsHome() {
        assertThat(locations(new String[] {"marketplace, extra/skills /srv/repo"})).containsExactly(
                "file:///opt/platina/marketplace", "file:///opt/platina/extra/skills", "file:///srv/repo");
    }

    @Test
    void urlsAreKeptAsWritten() {
        assertThat(locations(new String[] {"https://skills.example.com/", "file:/srv/repo/"}))
                .containsExactly("https://skills.example.com/", "file:/srv/repo/");
    }

    @Test
    void anUnknownSchemeIsRefusedNamingTheLocation() {
        assertThatThrownBy(() -> locations(new String[] {"ftp://skills.example.com/"}))
                .hasMessageContaining("ftp://skills.example.com/");
    }

    private static List<String> locations(String[] configured) {
        return SkillRepositories.open(configured, BUILT_IN, TIMEOUT).stream().map(SkillRepository::location).toList();
    }
}
