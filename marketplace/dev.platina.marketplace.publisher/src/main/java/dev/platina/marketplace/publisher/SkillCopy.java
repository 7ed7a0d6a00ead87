package dev.platina.marketplace.publisher;

import java.util.Comparator;
import java.util.List;

/**
 * A re-stamped copy of a published skill, for test fixtures: another version, or another skill altogether (id,
 * name, artifactId, Bundle-SymbolicName and feature name change together, so it installs beside the original).
 */
final class SkillCopy {

    private final Skill source;
    private final ArtifactSet sourceArtifacts;
    private final JarRestamp jar = new JarRestamp();
    private MavenCoordinates coordinates;
    private String featureName;
    private String featureDescription;

    private SkillCopy(Skill source, ArtifactSet sourceArtifacts) {
        this.source = source;
        this.sourceArtifacts = sourceArtifacts;
        this.coordinates = source.coordinates();
        this.featureName = source.descriptor().feature();
    }

    /** A copy of the newest version of skill {@code id}; the fixtures cannot be made without it. */
    static SkillCopy of(String id, List<Skill> skills, ArtifactSet artifacts) {
        Skill source = skills.stream()
                .filter(skill -> skill.id().equals(id))
                .max(Comparator.comparing(skill -> skill.descriptor().osgiVersion()))
                .orElseThrow(() -> new PublishingException("The test fixtures are made from the skill '" + id
                        + "', which is not among the input skills: add its jar and features xml as dependencies of"
                        + " the repository module"));
        return new SkillCopy(source, artifacts);
    }

    SkillCopy version(String version) {
        coordinates = coordinates.withVersion(version);
        jar.header("Bundle-Version", version).descriptor("version", version);
        return this;
    }

    /** Makes it skill {@code id}: {@code artifactId} is also its Bundle-SymbolicName and feature name. */
    SkillCopy renamed(String id, String name, String artifactId) {
        coordinates = coordinates.withArtifactId(artifactId);
        featureName = artifactId;
        featureDescription = "Platina :: Test fixture :: " + name;
        jar.descriptor("id", id).descriptor("name", name).descriptor("feature", artifactId)
                .header("Bundle-SymbolicName", artifactId)
                .header("Bundle-Name", featureDescription);
        return this;
    }

    SkillCopy summary(String summary) {
        jar.descriptor("summary", summary);
        return this;
    }

    SkillCopy header(String name, String value) {
        jar.header(name, value);
        return this;
    }

    SkillCopy withoutHeader(String name) {
        jar.withoutHeader(name);
        return this;
    }

    MavenCoordinates coordinates() {
        return coordinates;
    }

    /** Adds the re-stamped jar and features file, and any other bundle the original's feature installs. */
    void addTo(ArtifactSet fixtures) {
        MavenCoordinates original = source.coordinates();
        fixtures.addJar(coordinates, jar.applyTo(sourceArtifacts.jar(original).orElseThrow(), original.jarFileName()));
        fixtures.addFeatures(coordinates, new FeaturesRestamp(source, coordinates, featureName, featureDescription)
                .applyTo(sourceArtifacts.featureFiles().get(original)));
        source.bundles().stream()
                .filter(bundle -> !bundle.equals(original))
                .forEach(bundle -> fixtures.addJar(bundle, sourceArtifacts.jar(bundle).orElseThrow()));
    }
}
