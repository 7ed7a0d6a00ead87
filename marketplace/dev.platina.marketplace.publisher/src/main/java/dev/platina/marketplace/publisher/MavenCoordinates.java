package dev.platina.marketplace.publisher;

import java.util.Comparator;
import java.util.regex.Pattern;

/** groupId, artifactId and version of an artifact: where it lives in a Maven-layout repository and its mvn: URL. */
public record MavenCoordinates(String groupId, String artifactId, String version)
        implements Comparable<MavenCoordinates> {

    private static final Pattern PART = Pattern.compile("[A-Za-z0-9._\\-]+");
    private static final Comparator<MavenCoordinates> ORDER = Comparator.comparing(MavenCoordinates::groupId)
            .thenComparing(MavenCoordinates::artifactId)
            .thenComparing(MavenCoordinates::version);

    public MavenCoordinates {
        for (String part : new String[] {groupId, artifactId, version}) {
            if (part == null || !PART.matcher(part).matches()) {
                throw new PublishingException("'" + groupId + ":" + artifactId + ":" + version
                        + "' are not Maven coordinates a repository path can be made of");
            }
        }
    }

    /**
     * Parses exactly {@code mvn:group/artifact/version}; Pax URL's other forms (type, classifier, a repository
     * before '!') are refused because a catalogue entry must name one jar in this repository.
     */
    public static MavenCoordinates parseMvnUrl(String url) {
        String[] parts = url.startsWith("mvn:") ? url.substring(4).split("/", -1) : new String[0];
        if (parts.length != 3 || url.contains("!")) {
            throw new PublishingException("'" + url + "' is not an mvn:group/artifact/version URL");
        }
        return new MavenCoordinates(parts[0], parts[1], parts[2]);
    }

    public String mvnUrl() {
        return "mvn:" + groupId + "/" + artifactId + "/" + version;
    }

    public String directory() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version;
    }

    public String jarFileName() {
        return artifactId + "-" + version + ".jar";
    }

    public String featuresFileName() {
        return artifactId + "-" + version + "-features.xml";
    }

    public String jarPath() {
        return directory() + "/" + jarFileName();
    }

    public String featuresPath() {
        return directory() + "/" + featuresFileName();
    }

    public MavenCoordinates withArtifactId(String newArtifactId) {
        return new MavenCoordinates(groupId, newArtifactId, version);
    }

    public MavenCoordinates withVersion(String newVersion) {
        return new MavenCoordinates(groupId, artifactId, newVersion);
    }

    @Override
    public int compareTo(MavenCoordinates other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
