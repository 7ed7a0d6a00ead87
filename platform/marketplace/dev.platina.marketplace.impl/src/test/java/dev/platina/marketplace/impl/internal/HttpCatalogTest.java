package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue of a repository served over HTTP, read through a real server and the JDK's HTTP client. */
class HttpCatalogTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final String CATALOG_SIG = CatalogIndex.FILE + ".sig";

    @TempDir
    Path published;

    private final KeyPair publisher = SignedRepository.newPublisherKey();
    private SignedRepository repository;
    private RepositoryServer server;
    private String location;

    @BeforeEach
    void publishAndServe() throws IOException {
        repository = new SignedRepository(published, publisher).withSkill("echo", "1.0.0").withSkill("echo", "1.1.0")
                .withSkill("ledger", "2.0.0").signCatalog();
        server = RepositoryServer.serving(published);
        location = server.location();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void signedCatalogueOverHttpListsItsSkills() {
        CatalogSource catalog = catalogOf(location);

        assertThat(catalog.skills()).extracting(PublishedSkill::label)
                .containsExactly("echo 1.1.0", "echo 1.0.0", "ledger 2.0.0");
        assertThat(catalog.skills()).allSatisfy(skill -> {
            assertThat(skill.repository()).isInstanceOf(HttpSkillRepository.class);
            assertThat(skill.repository().location()).isEqualTo(location);
        });
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void catalogueChangedAfterSigningLeavesRepositoryOut() throws IOException {
        Path catalogFile = repository.file(CatalogIndex.FILE);
        Files.writeString(catalogFile, Files.readString(catalogFile).replace("Skill echo", "Skill echo (free upgrade)"));

        assertLeftOut(catalogOf(location), "catalog.json: the signature does not match the file");
    }

    @Test
    void signatureOverOtherBytesLeavesRepositoryOut() throws IOException {
        byte[] otherCatalog = "{\"format\":1,\"skills\":[]}".getBytes(StandardCharsets.UTF_8);
        Files.write(repository.file(CATALOG_SIG), SignedRepository.signatureFile(publisher, otherCatalog));

        assertLeftOut(catalogOf(location), "the signature does not match the file");
    }

    @Test
    void catalogueSignedByUntrustedKeyLeavesRepositoryOut() throws IOException {
        KeyPair stranger = SignedRepository.newPublisherKey();
        byte[] catalog = Files.readAllBytes(repository.file(CatalogIndex.FILE));
        Files.write(repository.file(CATALOG_SIG), SignedRepository.signatureFile(stranger, catalog));

        assertLeftOut(catalogOf(location), TrustedKeys.keyId(stranger.getPublic()) + ", which this"
                + " installation does not trust");
    }

    @Test
    void brokenHttpRepositoryDoesNotHideTheOthers(@TempDir Path otherFolder) throws IOException {
        new SignedRepository(otherFolder, publisher).withSkill("notes", "1.0.0").signCatalog();
        server.answer(CatalogIndex.FILE, RepositoryServer.status(500));

        CatalogSource catalog = catalogOf(location + "," + otherFolder.toUri());

        assertThat(catalog.skills()).extracting(PublishedSkill::label).containsExactly("notes 1.0.0");
        assertThat(catalog.problems()).singleElement().asString().contains(location);
    }

    @Test
    void missingCatalogueIsNamedAsProblem() throws IOException {
        Files.delete(repository.file(CatalogIndex.FILE));

        assertLeftOut(catalogOf(location), location + "/catalog.json", "HTTP 404");
    }

    @Test
    void missingSignatureIsNamedAsProblem() throws IOException {
        Files.delete(repository.file(CATALOG_SIG));

        assertLeftOut(catalogOf(location), location + "/catalog.json.sig", "HTTP 404");
    }

    @Test
    void serverErrorIsNamedAsProblem() {
        server.answer(CatalogIndex.FILE, RepositoryServer.status(500));

        assertLeftOut(catalogOf(location), location + "/catalog.json", "HTTP 500");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void unreachableRepositoryIsNamedAsProblem() {
        server.close();

        assertLeftOut(catalogOf(location), location + "/catalog.json", "could not be reached");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void repositorySilentBeyondTimeoutIsProblemNotHang() {
        server.answer(CatalogIndex.FILE, RepositoryServer.silentFor(Duration.ofMinutes(5), RepositoryServer.status(200)));
        long start = System.nanoTime();

        CatalogSource catalog = catalogOf(location);

        assertLeftOut(catalog, location + "/catalog.json", "did not answer within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void catalogueStallingHalfwayIsProblemNotHang() throws IOException {
        byte[] catalog = Files.readAllBytes(repository.file(CatalogIndex.FILE));
        server.answer(CatalogIndex.FILE, RepositoryServer.stallingHalfway(catalog));

        assertLeftOut(catalogOf(location), location + "/catalog.json", "did not answer within");
    }

    private CatalogSource catalogOf(String locations) {
        return new CatalogSource(SkillRepositories.open(new String[] {locations}, published, TIMEOUT),
                repository.trustedKeys(), Duration.ofHours(1), Clock.systemUTC());
    }

    /** Nothing of the repository is offered, and the one problem names it and says what went wrong. */
    private void assertLeftOut(CatalogSource catalog, String... saying) {
        assertThat(catalog.skills()).isEmpty();
        assertThat(catalog.problems()).singleElement().asString()
                .startsWith("The skill repository " + location + " was left out: ")
                .contains(saying);
    }
}
