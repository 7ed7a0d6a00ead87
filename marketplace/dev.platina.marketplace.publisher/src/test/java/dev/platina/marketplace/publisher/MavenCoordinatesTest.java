package dev.platina.marketplace.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MavenCoordinatesTest {

    @Test
    void mvnUrlNamesTheJarAtItsMavenPath() {
        MavenCoordinates coordinates = MavenCoordinates.parseMvnUrl("mvn:dev.platina/a/1.0.0");

        assertThat(coordinates.mvnUrl()).isEqualTo("mvn:dev.platina/a/1.0.0");
        assertThat(coordinates.jarPath()).isEqualTo("dev/platina/a/1.0.0/a-1.0.0.jar");
        assertThat(coordinates.featuresPath()).isEqualTo("dev/platina/a/1.0.0/a-1.0.0-features.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:/tmp/a.jar", "mvn:dev.platina/a", "mvn:dev.platina/a/1.0.0/jar",
            "mvn:https://repo!dev.platina/a/1.0.0", "mvn:dev.platina//1.0.0", "wrap:mvn:dev.platina/a/1.0.0"})
    void anythingButGroupArtifactVersionIsRefused(String url) {
        assertThatThrownBy(() -> MavenCoordinates.parseMvnUrl(url))
                .isInstanceOf(PublishingException.class);
    }
}
