package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryPathsTest {

    @Test
    void plainRelativePathIsAccepted() {
        assertThat(RepositoryPaths.check("dev/platina/crm/1.2.0/crm-1.2.0.jar"))
                .isEqualTo("dev/platina/crm/1.2.0/crm-1.2.0.jar");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../secret", "a/../../b", "a/..", "/etc/passwd", "a\\b", "..\\x", "a//b", "a/",
        "", "C:/x", "a b"})
    void pathThatIsNotPlainAndRelativeIsRefused(String path) {
        assertThatThrownBy(() -> RepositoryPaths.check(path))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("not a plain relative path");
    }

    @Test
    void missingPathIsRefused() {
        assertThatThrownBy(() -> RepositoryPaths.check(null)).isInstanceOf(PackageRejectedException.class);
    }

    @Test
    void resolvedPathStaysInsideRoot() {
        Path root = Path.of("/srv/repo");

        assertThat(RepositoryPaths.resolve(root, "a/b.jar")).isEqualTo(Path.of("/srv/repo/a/b.jar"));
    }

    @Test
    void resolvingEscapingPathIsRefused() {
        assertThatThrownBy(() -> RepositoryPaths.resolve(Path.of("/srv/repo"), "../other/b.jar"))
                .isInstanceOf(PackageRejectedException.class);
    }
}
