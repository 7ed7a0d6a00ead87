package dev.platina.persistence.postgres.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import org.tukaani.xz.XZInputStream;

/** The PostgreSQL server binaries shipped inside this bundle, unpacked once per version into a directory. */
final class PostgresBinaries {

    private static final String DESCRIPTOR = "/postgres/binaries.properties";
    private static final String COMPLETE_MARKER = ".complete";

    private final Path home;

    private PostgresBinaries(Path home) {
        this.home = home;
    }

    /** Unpacks the binaries below {@code runtimeDirectory} unless this version is already there. */
    static PostgresBinaries unpackInto(Path runtimeDirectory) throws IOException {
        requireSupportedPlatform();
        Properties descriptor = descriptor();
        String version = descriptor.getProperty("version");
        Path home = runtimeDirectory.resolve(version);
        if (Files.exists(home.resolve(COMPLETE_MARKER))) {
            return new PostgresBinaries(home);
        }
        Files.createDirectories(runtimeDirectory);
        Path staging = Files.createTempDirectory(runtimeDirectory, version + ".unpacking-");
        try (InputStream archive = PostgresBinaries.class.getResourceAsStream("/" + descriptor.getProperty("archive"))) {
            if (archive == null) {
                throw new IOException("The PostgreSQL binaries are missing from this bundle");
            }
            TarArchive.extract(new XZInputStream(new BufferedInputStream(archive, 1 << 16)), staging);
            Files.createFile(staging.resolve(COMPLETE_MARKER));
            deleteRecursively(home);
            Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteRecursively(staging);
        }
        return new PostgresBinaries(home);
    }

    Path executable(String name) {
        return home.resolve("bin").resolve(name);
    }

    private static void requireSupportedPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase();
        String arch = System.getProperty("os.arch", "");
        if (!os.contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new IllegalStateException("The embedded PostgreSQL ships for Linux x86-64 only (this is " + os + " "
                    + arch + "). Set PLATINA_DB_URL, PLATINA_DB_USER and PLATINA_DB_PASSWORD to use an external "
                    + "PostgreSQL.");
        }
    }

    private static Properties descriptor() throws IOException {
        var properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IOException("Missing " + DESCRIPTOR + " in this bundle");
            }
            properties.load(in);
        }
        return properties;
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
