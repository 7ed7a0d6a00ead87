package dev.platina.marketplace.publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The artifacts a repository is made from: bundle jars and Karaf features files by their Maven coordinates, held in
 * memory. Read from a Maven-layout folder ({@code group/path/artifactId/version/artifactId-version[-features].ext}),
 * which is what maven-dependency-plugin's copy-dependencies writes with {@code useRepositoryLayout}.
 */
public final class ArtifactSet {

    private final SortedMap<MavenCoordinates, byte[]> jars = new TreeMap<>();
    private final SortedMap<MavenCoordinates, byte[]> featureFiles = new TreeMap<>();

    public static ArtifactSet readMavenLayout(Path root) {
        if (!Files.isDirectory(root)) {
            throw new PublishingException("The input folder " + root + " does not exist");
        }
        ArtifactSet artifacts = new ArtifactSet();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                artifacts.addFromLayout(root.relativize(file), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return artifacts;
    }

    public ArtifactSet addJar(MavenCoordinates coordinates, byte[] jar) {
        jars.put(coordinates, jar);
        return this;
    }

    public ArtifactSet addFeatures(MavenCoordinates coordinates, byte[] xml) {
        featureFiles.put(coordinates, xml);
        return this;
    }

    public Optional<byte[]> jar(MavenCoordinates coordinates) {
        return Optional.ofNullable(jars.get(coordinates));
    }

    public Map<MavenCoordinates, byte[]> jars() {
        return jars;
    }

    public Map<MavenCoordinates, byte[]> featureFiles() {
        return featureFiles;
    }

    /** Anything but a jar or features file at its Maven path (poms, metadata, checksums) is skipped. */
    private void addFromLayout(Path relative, byte[] content) {
        int depth = relative.getNameCount();
        String fileName = relative.getFileName().toString();
        if (depth < 4 || !(fileName.endsWith(".jar") || fileName.endsWith("-features.xml"))) {
            return;
        }
        String version = relative.getName(depth - 2).toString();
        String artifactId = relative.getName(depth - 3).toString();
        List<String> groupPath = Stream.iterate(0, i -> i < depth - 3, i -> i + 1)
                .map(i -> relative.getName(i).toString()).toList();
        MavenCoordinates coordinates = new MavenCoordinates(String.join(".", groupPath), artifactId, version);
        if (fileName.equals(coordinates.jarFileName())) {
            addJar(coordinates, content);
        } else if (fileName.equals(coordinates.featuresFileName())) {
            addFeatures(coordinates, content);
        }
    }
}
