package dev.platina.marketplace.publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a publication as a Maven-layout folder: every artifact with its {@code .sig} beside it, the publishers'
 * public keys under {@code keys/}, and the signed catalogue at the root.
 */
public final class RepositoryWriter {

    static final String SIGNATURE_SUFFIX = ".sig";
    static final String KEYS_FOLDER = "keys";

    private final Path root;

    public RepositoryWriter(Path root) {
        this.root = root;
    }

    /** Replaces whatever was in the folder, so no file of an earlier build outlives its catalogue entry. */
    public void write(Publication publication) {
        deleteRecursively(root);
        for (Skill skill : publication.skills()) {
            PublisherKey key = publication.skillKey().apply(skill);
            writeSigned(skill.coordinates().featuresPath(), publication.features(skill), key);
            for (MavenCoordinates bundle : skill.bundles()) {
                writeSigned(bundle.jarPath(), publication.jar(bundle), key);
            }
        }
        for (Map.Entry<String, PublisherKey> key : publication.keys().entrySet()) {
            write(KEYS_FOLDER + "/" + key.getKey() + ".pub",
                    key.getValue().publicKeyPem().getBytes(StandardCharsets.US_ASCII));
        }
        writeSigned(Catalog.FILE, Catalog.toBytes(publication), publication.catalogueKey());
    }

    private void writeSigned(String path, byte[] content, PublisherKey key) {
        write(path, content);
        write(path + SIGNATURE_SUFFIX, DetachedSignature.sign(content, key).toJson());
    }

    private void write(String path, byte[] content) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
