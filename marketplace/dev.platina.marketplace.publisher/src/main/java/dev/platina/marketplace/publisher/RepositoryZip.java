package dev.platina.marketplace.publisher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Packs a repository folder into a zip whose entries are paths relative to the repository root. */
public final class RepositoryZip {

    // A fixed time and a sorted order: the same repository always packs into the same bytes.
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private RepositoryZip() {
    }

    public static void write(Path repository, Path zip) {
        try (Stream<Path> walk = Files.walk(repository)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted(
                    (a, b) -> entryName(repository, a).compareTo(entryName(repository, b)))
                    .collect(Collectors.toList());
            if (zip.getParent() != null) {
                Files.createDirectories(zip.getParent());
            }
            try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipOut = new ZipOutputStream(out)) {
                for (Path file : files) {
                    ZipEntry entry = new ZipEntry(entryName(repository, file));
                    entry.setTimeLocal(ENTRY_TIME);
                    zipOut.putNextEntry(entry);
                    Files.copy(file, zipOut);
                    zipOut.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String entryName(Path repository, Path file) {
        return repository.relativize(file).toString().replace('\\', '/');
    }
}
