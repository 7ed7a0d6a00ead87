package dev.platina.marketplace.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PublisherCommand command =
            new PublisherCommand(new PrintStream(output, true, StandardCharsets.UTF_8));

    @Test
    void publishReadsAMavenLayoutFolderAndWritesTheRepositoryAndItsZip() throws Exception {
        SampleSkill sample = SampleSkill.sample();
        Path input = folder.resolve("skills");
        write(input.resolve(sample.coordinates().jarPath()), sample.jar());
        write(input.resolve(sample.coordinates().featuresPath()), sample.features());
        write(input.resolve(sample.coordinates().directory() + "/dev.platina.skill.sample-1.0.0.pom"), new byte[1]);
        Path privateKey = folder.resolve("publisher.key");
        PublisherKey.generate().writeTo(privateKey, folder.resolve("publisher.pub"));

        command.run(List.of("publish", "--input", input.toString(), "--private-key", privateKey.toString(),
                "--output", folder.resolve("repository").toString(), "--zip", folder.resolve("r.zip").toString()));

        assertThat(folder.resolve("repository/catalog.json")).content()
                .contains("\"name\": \"Platina built-in skills\"");
        assertThat(folder.resolve("repository").resolve(sample.coordinates().jarPath() + ".sig")).exists();
        assertThat(folder.resolve("r.zip")).exists();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("sample 1.0.0");
    }

    @Test
    void publicKeyDefaultsToThePrivateKeyPathWithPub() {
        assertThat(PublisherCommand.defaultPublicKey(Path.of("keys/acme.key"))).isEqualTo(Path.of("keys/acme.pub"));
    }

    @Test
    void unknownOptionIsNamed() {
        assertThatThrownBy(() -> command.run(List.of("publish", "--inptu", "x")))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("Unknown option '--inptu'");
    }

    @Test
    void missingRequiredOptionIsNamed() {
        assertThatThrownBy(() -> command.run(List.of("publish", "--input", folder.toString())))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("--private-key is required");
    }

    private static void write(Path file, byte[] content) throws Exception {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }
}
