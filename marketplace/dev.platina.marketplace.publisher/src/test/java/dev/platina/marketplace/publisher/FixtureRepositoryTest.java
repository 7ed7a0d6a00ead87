package dev.platina.marketplace.publisher;

import static dev.platina.marketplace.publisher.SampleSkill.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureRepositoryTest {

    private static final PublisherKey KEY = PublisherKey.generate();
    private static final PublisherKey UNTRUSTED = PublisherKey.generate();

    @TempDir
    Path root;

    private JsonNode catalog;

    @BeforeEach
    void writeFixtures() throws IOException {
        ArtifactSet input = new ArtifactSet();
        skill("iban", "dev.platina.skill.iban", "1.0.0").addTo(input);
        skill("teamclock", "dev.platina.skill.teamclock", "1.0.0").addTo(input);
        new FixtureRepository(KEY, UNTRUSTED).write(input, root);
        catalog = Json.MAPPER.readTree(root.resolve("catalog.json").toFile());
    }

    @Test
    void catalogueNamesTheFourFixturesInIdOrder() {
        assertThat(catalog.path("name").asText()).isEqualTo("Platina test fixtures");
        assertThat(catalog.path("skills")).extracting(s -> s.path("descriptor").path("id").asText() + " "
                + s.path("descriptor").path("version").asText())
                .containsExactly("broken 1.0.0", "iban 0.9.0", "tampered 1.0.0", "untrusted 1.0.0");
    }

    @Test
    void olderIbanIsTheIbanSkillRestampedAsVersionZeroNineAndValidlySigned() throws IOException {
        String jarPath = "dev/platina/dev.platina.skill.iban/0.9.0/dev.platina.skill.iban-0.9.0.jar";
        Attributes headers = SampleSkill.mainAttributes(Files.readAllBytes(root.resolve(jarPath)));
        String features = Files.readString(
                root.resolve("dev/platina/dev.platina.skill.iban/0.9.0/dev.platina.skill.iban-0.9.0-features.xml"));

        assertThat(headers.getValue("Bundle-Version")).isEqualTo("0.9.0");
        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("dev.platina.skill.iban");
        assertThat(features).contains("<feature name=\"dev.platina.skill.iban\" version=\"0.9.0\"")
                .contains("<bundle>mvn:dev.platina/dev.platina.skill.iban/0.9.0</bundle>")
                .contains("<feature>platina-ui</feature>");
        assertThat(artifact("iban", "bundle").path("location").asText())
                .isEqualTo("mvn:dev.platina/dev.platina.skill.iban/0.9.0");
        assertThat(verifies(jarPath, KEY)).isTrue();
    }

    @Test
    void tamperedJarNoLongerMatchesItsSignatureNorItsCatalogueHash() throws IOException {
        JsonNode bundle = artifact("tampered", "bundle");
        String jarPath = bundle.path("path").asText();
        byte[] jar = Files.readAllBytes(root.resolve(jarPath));

        assertThat(jarPath)
                .isEqualTo("dev/platina/dev.platina.skill.tampered/1.0.0/dev.platina.skill.tampered-1.0.0.jar");
        assertThat(JarContents.read(jar, jarPath).entry("tampered.txt")).isPresent();
        assertThat(verifies(jarPath, KEY)).isFalse();
        assertThat(Sha256.hex(jar)).isNotEqualTo(bundle.path("sha256").asText());
        assertThat(SampleSkill.mainAttributes(jar).getValue("Bundle-SymbolicName"))
                .isEqualTo("dev.platina.skill.tampered");
        assertThat(descriptor("tampered").path("name").asText()).isEqualTo("Tampered clock");
        assertThat(descriptor("tampered").path("summary").asText()).contains("changed after it was signed");
    }

    @Test
    void brokenBundleHasAnActivatorThatDoesNotExistAndNoComponents() throws IOException {
        String jarPath = artifact("broken", "bundle").path("path").asText();
        Attributes headers = SampleSkill.mainAttributes(Files.readAllBytes(root.resolve(jarPath)));

        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("dev.platina.skill.broken");
        assertThat(headers.getValue("Bundle-Activator"))
                .isEqualTo("dev.platina.skill.broken.internal.MissingActivator");
        assertThat(headers.getValue("Service-Component")).isNull();
        assertThat(descriptor("broken").path("feature").asText()).isEqualTo("dev.platina.skill.broken");
        assertThat(descriptor("broken").path("summary").asText()).contains("fails to start");
        assertThat(verifies(jarPath, KEY)).isTrue();
    }

    @Test
    void untrustedSkillIsSignedWithTheOtherKeyWhosePublicKeyIsListed() throws IOException {
        JsonNode untrusted = skillEntry("untrusted");
        String jarPath = artifact("untrusted", "bundle").path("path").asText();

        assertThat(untrusted.path("publisherKey").asText()).isEqualTo(UNTRUSTED.keyId()).isNotEqualTo(KEY.keyId());
        assertThat(verifies(jarPath, UNTRUSTED)).isTrue();
        assertThat(root.resolve("keys/" + UNTRUSTED.keyId() + ".pub")).exists();
        assertThat(root.resolve("keys/" + KEY.keyId() + ".pub")).exists();
        assertThat(DetachedSignature.parse(Files.readAllBytes(root.resolve("catalog.json.sig"))).keyId())
                .isEqualTo(KEY.keyId());
    }

    @Test
    void fixturesCannotBeMadeWithoutTheIbanSkill(@TempDir Path other) {
        ArtifactSet input = new ArtifactSet();
        skill("teamclock", "dev.platina.skill.teamclock", "1.0.0").addTo(input);

        assertThatThrownBy(() -> new FixtureRepository(KEY, UNTRUSTED).write(input, other))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("made from the skill 'iban'");
    }

    private boolean verifies(String path, PublisherKey key) throws IOException {
        return DetachedSignature.parse(Files.readAllBytes(root.resolve(path + ".sig")))
                .verifies(Files.readAllBytes(root.resolve(path)), key.publicKey());
    }

    private JsonNode skillEntry(String id) {
        for (JsonNode skill : catalog.path("skills")) {
            if (skill.path("descriptor").path("id").asText().equals(id)) {
                return skill;
            }
        }
        throw new AssertionError("No skill " + id + " in " + catalog);
    }

    private JsonNode descriptor(String id) {
        return skillEntry(id).path("descriptor");
    }

    private JsonNode artifact(String id, String role) {
        for (JsonNode artifact : skillEntry(id).path("artifacts")) {
            if (artifact.path("role").asText().equals(role)) {
                return artifact;
            }
        }
        throw new AssertionError("No " + role + " of " + id);
    }

}
