package dev.platina.marketplace.publisher;

import static dev.platina.marketplace.publisher.SampleSkill.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesRestampTest {

    private final SampleSkill sample = sample().alsoInstalling("mvn:org.example/library/2.0.0");
    private final Skill skill = new Skill(SkillDescriptor.readFrom(JarContents.read(sample.jar(), "sample.jar"),
            "sample.jar"), sample.coordinates(), List.of(sample.coordinates()));
    private final MavenCoordinates copy = new MavenCoordinates("dev.platina", "dev.platina.skill.copy", "0.9.0");
    private String description;

    @Test
    void renamesTheRepositoryTheFeatureAndTheSkillBundleOnly() {
        String restamped = restamp(sample.features());

        assertThat(restamped)
                .contains("<features name=\"dev.platina.skill.copy-0.9.0\"")
                .contains("<feature name=\"dev.platina.skill.copy\" version=\"0.9.0\" description=\"Sample\">")
                .contains("<bundle>mvn:dev.platina/dev.platina.skill.copy/0.9.0</bundle>")
                .contains("<bundle>mvn:org.example/library/2.0.0</bundle>")
                .contains("<feature>platina-ui</feature>")
                .doesNotContain("dev.platina.skill.sample");
    }

    @Test
    void leavesEverythingElseAsItWasWritten() {
        String original = new String(sample.features(), StandardCharsets.UTF_8);

        assertThat(restamp(sample.features()).replace("dev.platina.skill.copy-0.9.0", "dev.platina.skill.sample-1.0.0")
                .replace("dev.platina.skill.copy/0.9.0", "dev.platina.skill.sample/1.0.0")
                .replace("name=\"dev.platina.skill.copy\" version=\"0.9.0\"",
                        "name=\"dev.platina.skill.sample\" version=\"1.0.0\""))
                .isEqualTo(original);
    }

    @Test
    void addsAVersionToAFeatureThatHadNone() {
        String xml = "<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name='dev.platina.skill.sample'>\n"
                + "    <bundle>\n      mvn:dev.platina/dev.platina.skill.sample/1.0.0\n    </bundle>\n"
                + "  </feature>\n</features>\n";

        assertThat(restamp(xml.getBytes(StandardCharsets.UTF_8)))
                .contains("<feature version=\"0.9.0\" name=\"dev.platina.skill.copy\">")
                .contains("mvn:dev.platina/dev.platina.skill.copy/0.9.0");
    }

    @Test
    void replacesTheDescriptionWhenGivenEvenIfItHoldsTheOtherQuote() {
        description = "Platina :: Test fixture :: Copy";
        String xml = "<features name=\"x\">\n  <feature name=\"dev.platina.skill.sample\" version=\"1.0.0\""
                + " description=\"Sample's skill\">\n"
                + "    <bundle>mvn:dev.platina/dev.platina.skill.sample/1.0.0</bundle>\n  </feature>\n</features>\n";

        assertThat(restamp(xml.getBytes(StandardCharsets.UTF_8))).contains("<feature name=\"dev.platina.skill.copy\""
                + " version=\"0.9.0\" description=\"Platina :: Test fixture :: Copy\">");
    }

    private String restamp(byte[] features) {
        return new String(new FeaturesRestamp(skill, copy, "dev.platina.skill.copy", description).applyTo(features),
                StandardCharsets.UTF_8);
    }
}
