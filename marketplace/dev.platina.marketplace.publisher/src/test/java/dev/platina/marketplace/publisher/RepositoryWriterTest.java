package dev.platina.marketplace.publisher;

import static dev.platina.marketplace.publisher.SampleSkill.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue generation from a small skill built in the test, written to a temporary folder. */
class RepositoryWriterTest {

    private static final PublisherKey KEY = PublisherKey.generate();
    private static final MavenCoordinates LIBRARY = new MavenCoordinates("org.example", "library", "2.0.0");

    @TempDir
    Path root;

    private final SampleSkill sample = sample().alsoInstalling(LIBRARY.mvnUrl());

    @Test
    void catalogueListsTheDescriptorVerbatimTheKeyAndEveryFileWithItsHash() throws IOException {
        write();

        JsonNode catalog = Json.MAPPER.readTree(root.resolve("catalog.json").toFile());
        assertThat(catalog.path("format").asInt()).isEqualTo(1);
        assertThat(catalog.path("name").asText()).isEqualTo("Test skills");
        JsonNode skill = catalog.path("skills").get(0);
        assertThat(skill.path("descriptor")).isEqualTo(sample.descriptor());
        assertThat(skill.path("publisherKey").asText()).isEqualTo(KEY.keyId());

        JsonNode features = skill.path("artifacts").get(0);
        assertThat(features.path("role").asText()).isEqualTo("features");
        assertThat(features.has("location")).isFalse();
        assertThat(features.path("path").asText())
                .isEqualTo("dev/platina/dev.platina.skill.sample/1.0.0/dev.platina.skill.sample-1.0.0-features.xml");
        assertDescribesFile(features);

        JsonNode bundle = skill.path("artifacts").get(1);
        assertThat(bundle.path("role").asText()).isEqualTo("bundle");
        assertThat(bundle.path("location").asText()).isEqualTo("mvn:dev.platina/dev.platina.skill.sample/1.0.0");
        assertThat(bundle.path("path").asText())
                .isEqualTo("dev/platina/dev.platina.skill.sample/1.0.0/dev.platina.skill.sample-1.0.0.jar");
        assertDescribesFile(bundle);

        JsonNode library = skill.path("artifacts").get(2);
        assertThat(library.path("location").asText()).isEqualTo("mvn:org.example/library/2.0.0");
        assertThat(library.path("path").asText()).isEqualTo("org/example/library/2.0.0/library-2.0.0.jar");
        assertThat(skill.path("artifacts")).hasSize(3);
    }

    @Test
    void catalogueMembersComeInTheDocumentedOrder() throws IOException {
        write();

        String catalog = Files.readString(root.resolve("catalog.json"));
        assertThat(catalog).startsWith("{\n  \"format\": 1,\n  \"name\": \"Test skills\",\n  \"skills\": [\n");
        assertThat(catalog.indexOf("\"role\": \"bundle\"")).isLessThan(catalog.indexOf("\"location\""));
        assertThat(catalog.indexOf("\"location\"")).isLessThan(catalog.lastIndexOf("\"path\""));
        assertThat(catalog.lastIndexOf("\"sha256\"")).isLessThan(catalog.lastIndexOf("\"size\""));
    }

    @Test
    void everyArtifactAndTheCatalogueCarryASignatureThatVerifies() throws IOException {
        write();

        List<Path> signed = files().filter(p -> !p.toString().endsWith(".sig") && !p.startsWith("keys")).toList();
        assertThat(signed).extracting(Path::toString).containsExactlyInAnyOrder(
                "catalog.json",
                "dev/platina/dev.platina.skill.sample/1.0.0/dev.platina.skill.sample-1.0.0-features.xml",
                "dev/platina/dev.platina.skill.sample/1.0.0/dev.platina.skill.sample-1.0.0.jar",
                "org/example/library/2.0.0/library-2.0.0.jar");
        for (Path file : signed) {
            DetachedSignature signature = DetachedSignature.parse(Files.readAllBytes(root.resolve(file + ".sig")));
            assertThat(signature.verifies(Files.readAllBytes(root.resolve(file)), KEY.publicKey()))
                    .as("signature of %s", file).isTrue();
        }
    }

    @Test
    void publisherPublicKeyIsWrittenUnderItsKeyId() throws IOException {
        write();

        assertThat(Files.readString(root.resolve("keys/" + KEY.keyId() + ".pub"), StandardCharsets.US_ASCII))
                .isEqualTo(KEY.publicKeyPem());
    }

    @Test
    void artifactsAreCopiedByteForByte() throws IOException {
        write();

        assertThat(root.resolve(sample.coordinates().jarPath())).hasBinaryContent(sample.jar());
        assertThat(root.resolve(sample.coordinates().featuresPath())).hasBinaryContent(sample.features());
    }

    @Test
    void sameInputWritesTheSameCatalogue() throws IOException {
        write();
        byte[] first = Files.readAllBytes(root.resolve("catalog.json"));
        write();

        assertThat(root.resolve("catalog.json")).hasBinaryContent(first);
    }

    @Test
    void writingAgainRemovesFilesOfEarlierBuilds() throws IOException {
        Path stale = root.resolve("dev/platina/old/0.1.0/old-0.1.0.jar");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "left over");

        write();

        assertThat(stale).doesNotExist();
    }

    @Test
    void zipHoldsTheRepositoryWithPathsRelativeToItsRoot(@TempDir Path zipFolder) throws IOException {
        write();
        Path zip = zipFolder.resolve("repository.zip");

        RepositoryZip.write(root, zip);

        List<String> names = JarContents.read(Files.readAllBytes(zip), "zip").entries().stream()
                .map(JarContents.Entry::name).toList();
        assertThat(names).contains("catalog.json", "catalog.json.sig", "keys/" + KEY.keyId() + ".pub",
                "org/example/library/2.0.0/library-2.0.0.jar").isSorted();
    }

    private void write() {
        ArtifactSet artifacts = sample.artifacts().addJar(LIBRARY, SampleSkill.sample().withoutDescriptor().jar());
        new RepositoryWriter(root).write(Publication.signedWithOneKey("Test skills", SkillReader.read(artifacts),
                artifacts, KEY));
    }

    private void assertDescribesFile(JsonNode artifact) throws IOException {
        byte[] content = Files.readAllBytes(root.resolve(artifact.path("path").asText()));
        assertThat(artifact.path("sha256").asText()).isEqualTo(Sha256.hex(content));
        assertThat(artifact.path("size").asLong()).isEqualTo(content.length);
    }

    private Stream<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).toList().stream();
        }
    }
}
