package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Packages downloaded from a repository served over HTTP into the local cache, through a real server. */
class HttpPackageFetchTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);
    private static final long MAX_BYTES = 1024 * 1024;
    private static final String JAR = "dev/platina/dev.platina.skill.echo/1.0.0/dev.platina.skill.echo-1.0.0.jar";

    @TempDir
    Path published;

    @TempDir
    Path cache;

    private SignedRepository repository;
    private RepositoryServer server;
    private PublishedSkill echo;

    @BeforeEach
    void publishServeAndReadCatalogue() throws IOException {
        repository = new SignedRepository(published, SignedRepository.newPublisherKey()).withSkill("echo", "1.0.0")
                .signCatalog();
        server = RepositoryServer.serving(published);
        var catalog = new CatalogSource(SkillRepositories.open(new String[] {server.location()}, published, TIMEOUT),
                repository.trustedKeys(), Duration.ofHours(1), Clock.systemUTC());
        echo = catalog.find("echo", "1.0.0").orElseThrow();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void packageOverHttpIsVerifiedIntoTheCache() throws IOException {
        List<Integer> progress = new ArrayList<>();

        VerifiedPackage verified = fetcher(MAX_BYTES).fetch(echo, Set.of(), progress::add);

        Path folder = cache.resolve("echo").resolve("1.0.0");
        Path jar = folder.resolve("dev.platina.skill.echo-1.0.0.jar");
        assertThat(verified.folder()).isEqualTo(folder);
        assertThat(verified.descriptor().id()).isEqualTo("echo");
        assertThat(jar).hasSameBinaryContentAs(repository.file(JAR));
        assertThat(folder.resolve("dev.platina.skill.echo-1.0.0.jar.sig")).exists();
        assertThat(folder.resolve("dev.platina.skill.echo-1.0.0-features.xml")).exists();
        // Karaf installs from this file: it must name the verified copy, never the server it came from.
        assertThat(Files.readString(Path.of(verified.featuresUri()))).contains(jar.toUri().toString())
                .doesNotContain("mvn:").doesNotContain(server.location());
        assertThat(progress).endsWith(100);
    }

    @Test
    void jarChangedAfterSigningIsRejectedAndLeavesNothingInTheCache() throws IOException {
        Files.write(repository.file(JAR), withExtraEntry(Files.readAllBytes(repository.file(JAR))));
        PackageFetcher fetcher = fetcher(MAX_BYTES);

        assertThatThrownBy(() -> fetcher.fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("dev.platina.skill.echo-1.0.0.jar: the signature does not match the file");
        assertThat(cache.resolve("echo/1.0.0/" + PackageFetcher.INSTALL_FILE)).doesNotExist();

        // What the installer does with every refused package.
        fetcher.discard(echo);

        assertThat(cache.resolve("echo/1.0.0")).doesNotExist();
    }

    @Test
    void artifactLargerThanTheLimitIsRefused() {
        long limit = repository.file(JAR).toFile().length() - 1;

        assertThatThrownBy(() -> fetcher(limit).fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(server.location() + "/" + JAR)
                .hasMessageContaining("larger than the limit of " + limit + " bytes");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void endlessAnswerIsCutOffAtTheLimit() {
        server.answer(JAR, RepositoryServer.endless());

        assertThatThrownBy(() -> fetcher(MAX_BYTES).fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("larger than the limit of " + MAX_BYTES + " bytes");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void downloadStallingHalfwayTimesOut() throws IOException {
        server.answer(JAR, RepositoryServer.stallingHalfway(Files.readAllBytes(repository.file(JAR))));

        assertThatThrownBy(() -> fetcher(MAX_BYTES).fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(server.location() + "/" + JAR)
                .hasMessageContaining("did not answer within");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void slowDownloadThatKeepsSendingIsNotCutOff() throws IOException {
        byte[] jar = Files.readAllBytes(repository.file(JAR));
        // Twice the timeout in all, but never silent for as long as the timeout.
        server.answer(JAR, RepositoryServer.trickling(jar, 10, TIMEOUT.dividedBy(5)));

        VerifiedPackage verified = fetcher(MAX_BYTES).fetch(echo, Set.of(), percent -> { });

        assertThat(verified.folder().resolve("dev.platina.skill.echo-1.0.0.jar")).hasBinaryContent(jar);
    }

    @Test
    void jarMissingFromServerIsNamed() {
        server.answer(JAR, RepositoryServer.status(404));

        assertThatThrownBy(() -> fetcher(MAX_BYTES).fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(server.location() + "/" + JAR)
                .hasMessageContaining("HTTP 404");
    }

    @Test
    @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void repositoryGoneAfterCatalogueWasReadFailsClearly() {
        String location = server.location();
        server.close();

        assertThatThrownBy(() -> fetcher(MAX_BYTES).fetch(echo, Set.of(), percent -> { }))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(location + "/" + JAR)
                .hasMessageContaining("could not be reached");
    }

    private PackageFetcher fetcher(long maxBytes) {
        return new PackageFetcher(cache, repository.trustedKeys(), maxBytes);
    }

    /** The jar with one more entry after its signature was made, like the tampered fixture of marketplace/. */
    private static byte[] withExtraEntry(byte[] jar) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(jar));
                var out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("tampered.txt"));
            out.write("changed after signing".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
