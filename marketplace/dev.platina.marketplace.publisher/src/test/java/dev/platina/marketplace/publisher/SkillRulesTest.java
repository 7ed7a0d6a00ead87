package dev.platina.marketplace.publisher;

import static dev.platina.marketplace.publisher.SampleSkill.sample;
import static dev.platina.marketplace.publisher.SampleSkill.skill;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each catalogue rule, broken once, fails publishing with a message naming the file and the rule. */
class SkillRulesTest {

    @Test
    void validSkillIsReadWithItsBundles() {
        List<Skill> skills = SkillReader.read(sample().artifacts());

        assertThat(skills).singleElement().satisfies(skill -> {
            assertThat(skill.id()).isEqualTo("sample");
            assertThat(skill.bundles()).containsExactly(sample().coordinates());
        });
    }

    @Test
    void jarWithoutDescriptorIsRejected() {
        assertRejected(sample().withoutDescriptor().artifacts())
                .hasMessageContaining("dev.platina.skill.sample-1.0.0.jar has no SKILL-INF/skill.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "name", "version", "publisher", "summary", "feature"})
    void descriptorWithoutARequiredMemberIsRejected(String member) {
        assertRejected(sample().withoutDescriptorMember(member).artifacts())
                .hasMessageContaining("needs a non-empty text member \"" + member + "\"");
    }

    @Test
    void blankRequiredMemberIsRejected() {
        assertRejected(sample().descriptorMember("summary", " ").artifacts())
                .hasMessageContaining("needs a non-empty text member \"summary\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sample", "s", "1sample", "sample_skill", "-sample",
            "a23456789012345678901234567890123456789012"})
    void idOutsideTheAllowedPatternIsRejected(String id) {
        assertRejected(sample().descriptorMember("id", id).artifacts())
                .hasMessageContaining("the skill id \"" + id + "\" must match [a-z][a-z0-9-]{1,39}");
    }

    @Test
    void longestAllowedIdIsAccepted() {
        String forty = "a234567890123456789012345678901234567890";

        assertThat(SkillReader.read(sample().descriptorMember("id", forty).artifacts()).get(0).id()).isEqualTo(forty);
    }

    @Test
    void featuresFileWithoutTheNamedFeatureIsRejected() {
        ArtifactSet artifacts = new ArtifactSet();
        SampleSkill skill = sample();
        artifacts.addJar(skill.coordinates(), skill.jar());
        artifacts.addFeatures(skill.coordinates(), sample().descriptorMember("feature", "other").features());

        assertRejected(artifacts).hasMessageContaining(
                "dev.platina.skill.sample-1.0.0-features.xml has no <feature name=\"dev.platina.skill.sample\""
                        + " version=\"1.0.0\">");
    }

    @Test
    void featureAtAnotherVersionIsRejected() {
        ArtifactSet artifacts = new ArtifactSet();
        SampleSkill skill = sample();
        artifacts.addJar(skill.coordinates(), skill.jar());
        artifacts.addFeatures(skill.coordinates(), sample().descriptorMember("version", "1.0.1").features());

        assertRejected(artifacts).hasMessageContaining("has no <feature name=\"dev.platina.skill.sample\"");
    }

    @Test
    void bundleThatIsNotAnMvnUrlIsRejected() {
        assertRejected(sample().alsoInstalling("file:/opt/library.jar").artifacts())
                .hasMessageContaining("'file:/opt/library.jar' is not an mvn:group/artifact/version URL");
    }

    @Test
    void bundleMissingFromTheRepositoryIsRejected() {
        assertRejected(sample().alsoInstalling("mvn:org.example/library/2.0.0").artifacts())
                .hasMessageContaining("the bundle mvn:org.example/library/2.0.0 is not in this repository");
    }

    @Test
    void bundleIncludedInTheRepositoryIsListed() {
        MavenCoordinates library = new MavenCoordinates("org.example", "library", "2.0.0");
        ArtifactSet artifacts = sample().alsoInstalling(library.mvnUrl()).artifacts()
                .addJar(library, skill("x", "library", "2.0.0").withoutDescriptor().jar());

        assertThat(SkillReader.read(artifacts).get(0).bundles()).containsExactly(sample().coordinates(), library);
    }

    @Test
    void bundleVersionOtherThanTheDescriptorVersionIsRejected() {
        assertRejected(sample().header("Bundle-Version", "1.0.1").artifacts())
                .hasMessageContaining("dev.platina.skill.sample-1.0.0.jar: the manifest's Bundle-Version 1.0.1"
                        + " differs from the version 1.0.0 in SKILL-INF/skill.json");
    }

    @Test
    void bundleVersionEqualAsOsgiVersionIsAccepted() {
        assertThat(SkillReader.read(sample().header("Bundle-Version", "1.0").artifacts())).hasSize(1);
    }

    @Test
    void skillJarWithoutItsFeaturesFileIsRejected() {
        SampleSkill skill = sample();
        ArtifactSet artifacts = new ArtifactSet().addJar(skill.coordinates(), skill.jar());

        assertRejected(artifacts).hasMessageContaining("its features file dev.platina.skill.sample-1.0.0-features.xml"
                + " was not given");
    }

    @Test
    void featuresFileWithoutItsJarIsRejected() {
        SampleSkill skill = sample();
        ArtifactSet artifacts = new ArtifactSet().addFeatures(skill.coordinates(), skill.features());

        assertRejected(artifacts).hasMessageContaining("has no jar beside it");
    }

    @Test
    void emptyInputIsRejected() {
        assertRejected(new ArtifactSet()).hasMessageContaining("There is no skill to publish");
    }

    @Test
    void skillsComeInIdThenVersionOrder() {
        ArtifactSet artifacts = new ArtifactSet();
        skill("zeta", "z", "1.0.0").addTo(artifacts);
        skill("alpha", "a2", "1.10.0").addTo(artifacts);
        skill("alpha", "a1", "1.9.0").addTo(artifacts);

        assertThat(SkillReader.read(artifacts)).extracting(skill -> skill.descriptor().toString())
                .containsExactly("alpha 1.9.0", "alpha 1.10.0", "zeta 1.0.0");
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(ArtifactSet artifacts) {
        return assertThatThrownBy(() -> SkillReader.read(artifacts)).isInstanceOf(PublishingException.class);
    }
}
