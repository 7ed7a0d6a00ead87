package dev.platina.marketplace.publisher;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the skills in an artifact set and enforces the rules a catalogue entry must meet, so that what an
 * installation reads from the catalogue is true of the signed files: a skill is a features file plus the jar with
 * the same coordinates, whose {@code SKILL-INF/skill.json} names a feature of that file at the skill's version.
 */
public final class SkillReader {

    private SkillReader() {
    }

    public static List<Skill> read(ArtifactSet artifacts) {
        refuseSkillJarsWithoutFeatures(artifacts);
        List<Skill> skills = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Map.Entry<MavenCoordinates, byte[]> features : artifacts.featureFiles().entrySet()) {
            Skill skill = read(features.getKey(), features.getValue(), artifacts);
            if (!seen.add(skill.id() + " " + skill.descriptor().osgiVersion())) {
                throw new PublishingException("Two artifacts are the skill " + skill.descriptor()
                        + "; the second is " + skill.coordinates().jarFileName());
            }
            skills.add(skill);
        }
        if (skills.isEmpty()) {
            throw new PublishingException("There is no skill to publish: no features file with its jar was given");
        }
        skills.sort(Skill.CATALOGUE_ORDER);
        return skills;
    }

    private static Skill read(MavenCoordinates coordinates, byte[] featuresXml, ArtifactSet artifacts) {
        String jarName = coordinates.jarFileName();
        String featuresName = coordinates.featuresFileName();
        byte[] jar = artifacts.jar(coordinates).orElseThrow(() -> new PublishingException(featuresName
                + " has no jar beside it: a skill is a features file and the jar " + jarName));
        JarContents contents = JarContents.read(jar, jarName);
        SkillDescriptor descriptor = SkillDescriptor.readFrom(contents, jarName);
        checkBundleVersion(contents, descriptor, jarName);

        FeaturesFile features = FeaturesFile.parse(featuresXml, featuresName);
        if (!features.declares(descriptor.feature(), descriptor.osgiVersion())) {
            throw new PublishingException(featuresName + " has no <feature name=\"" + descriptor.feature()
                    + "\" version=\"" + descriptor.version() + "\">, which the descriptor of " + jarName
                    + " names; it declares " + features.features());
        }
        List<MavenCoordinates> bundles = new ArrayList<>();
        for (String location : features.bundleLocations()) {
            MavenCoordinates bundle;
            try {
                bundle = MavenCoordinates.parseMvnUrl(location);
            } catch (PublishingException e) {
                throw new PublishingException(featuresName + ": bundle " + e.getMessage()
                        + "; every bundle must be a jar of this repository", e);
            }
            if (artifacts.jar(bundle).isEmpty()) {
                throw new PublishingException(featuresName + ": the bundle " + location
                        + " is not in this repository; add it as a dependency of the repository module");
            }
            bundles.add(bundle);
        }
        return new Skill(descriptor, coordinates, bundles);
    }

    private static void checkBundleVersion(JarContents jar, SkillDescriptor descriptor, String jarName) {
        String bundleVersion = jar.manifest()
                .map(manifest -> manifest.getMainAttributes().getValue("Bundle-Version"))
                .orElseThrow(() -> new PublishingException(jarName + " has no META-INF/MANIFEST.MF"));
        if (bundleVersion == null) {
            throw new PublishingException(jarName + " has no Bundle-Version in its manifest: it is not an OSGi bundle");
        }
        OsgiVersion version;
        try {
            version = OsgiVersion.parse(bundleVersion);
        } catch (PublishingException e) {
            throw new PublishingException(jarName + ": Bundle-Version " + e.getMessage(), e);
        }
        if (!version.equals(descriptor.osgiVersion())) {
            throw new PublishingException(jarName + ": the manifest's Bundle-Version " + bundleVersion
                    + " differs from the version " + descriptor.version() + " in " + SkillDescriptor.ENTRY);
        }
    }

    /** A skill jar whose features file was not given would silently be missing from the catalogue. */
    private static void refuseSkillJarsWithoutFeatures(ArtifactSet artifacts) {
        for (Map.Entry<MavenCoordinates, byte[]> jar : artifacts.jars().entrySet()) {
            MavenCoordinates coordinates = jar.getKey();
            boolean isSkill = JarContents.read(jar.getValue(), coordinates.jarFileName())
                    .entry(SkillDescriptor.ENTRY).isPresent();
            if (isSkill && !artifacts.featureFiles().containsKey(coordinates)) {
                throw new PublishingException(coordinates.jarFileName() + " is a skill (it has "
                        + SkillDescriptor.ENTRY + ") but its features file " + coordinates.featuresFileName()
                        + " was not given; add the 'features' xml artifact as a dependency too");
            }
        }
    }
}
