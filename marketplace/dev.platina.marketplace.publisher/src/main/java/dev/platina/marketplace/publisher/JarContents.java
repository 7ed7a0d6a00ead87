package dev.platina.marketplace.publisher;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** The entries of a jar in their order, held in memory so they can be read, replaced and written again. */
final class JarContents {

    static final String META_INF = "META-INF/";

    record Entry(String name, long time, byte[] data) {
    }

    private final List<Entry> entries;

    private JarContents(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    static JarContents read(byte[] jar, String source) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(new Entry(entry.getName(), entry.getTime(), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new PublishingException(source + " is not a readable jar: " + e.getMessage(), e);
        }
        return new JarContents(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    Optional<byte[]> entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).map(Entry::data).findFirst();
    }

    Optional<Manifest> manifest() {
        return entry(JarFile.MANIFEST_NAME).map(bytes -> {
            try {
                return new Manifest(new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new PublishingException("A jar's META-INF/MANIFEST.MF is not readable: " + e.getMessage(), e);
            }
        });
    }

    /** The same entries with {@code name}'s content replaced in place, or added at the end when there is none. */
    JarContents with(String name, byte[] data) {
        List<Entry> result = new ArrayList<>(entries);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).name().equals(name)) {
                result.set(i, new Entry(name, result.get(i).time(), data));
                return new JarContents(result);
            }
        }
        result.add(new Entry(name, System.currentTimeMillis(), data));
        return new JarContents(result);
    }

    /**
     * The same entries with a new manifest, written as the first two entries ({@code META-INF/}, then the
     * manifest) because {@link java.util.jar.JarInputStream} only finds a manifest there.
     */
    JarContents withManifest(Manifest manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            manifest.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long time = entries.stream().filter(e -> e.name().equals(JarFile.MANIFEST_NAME)).mapToLong(Entry::time)
                .findFirst().orElse(System.currentTimeMillis());
        List<Entry> result = new ArrayList<>();
        result.add(new Entry(META_INF, time, new byte[0]));
        result.add(new Entry(JarFile.MANIFEST_NAME, time, bytes.toByteArray()));
        entries.stream()
                .filter(e -> !e.name().equals(META_INF) && !e.name().equals(JarFile.MANIFEST_NAME))
                .forEach(result::add);
        return new JarContents(result);
    }

    byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Entry entry : entries) {
                ZipEntry zipEntry = new ZipEntry(entry.name());
                if (entry.time() != -1) {
                    zipEntry.setTime(entry.time());
                }
                out.putNextEntry(zipEntry);
                out.write(entry.data());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
