package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.marketplace.api.SkillDescriptor;
import dev.platina.marketplace.api.SkillDescriptor.SkillRequirement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogIndexTest {

    private static final SkillRepository REPOSITORY = new SkillRepository() {
        @Override
        public String location() {
            return "https://skills.example.org";
        }

        @Override
        public byte[] read(String path, long maxBytes) throws IOException {
            throw new IOException("not used by the index");
        }
    };

    private static final String ONE_SKILL = """
            {
              "format": 1,
              "name": "Example skills",
              "skills": [
                {
                  "publisherKey": "0123456789abcdef",
                  "descriptor": {
                    "id": "crm-hubspot",
                    "name": "HubSpot CRM",
                    "version": "1.2.0",
                    "publisher": "Acme",
                    "summary": "Syncs contacts",
                    "feature": "platina-skill-crm-hubspot",
                    "requires": [ { "skill": "mail", "version": "1.0" } ],
                    "dataTouched": [ "contacts" ]
                  },
                  "artifacts": [
                    { "role": "features", "path": "dev/platina/crm/1.2.0/crm-1.2.0-features.xml",
                      "sha256": "aa", "size": 120 },
                    { "role": "bundle", "location": "mvn:dev.platina/crm/1.2.0",
                      "path": "dev/platina/crm/1.2.0/crm-1.2.0.jar", "sha256": "bb", "size": 4096 }
                  ]
                }
              ]
            }
            """;

    @Test
    void catalogueOfFormatOneListsItsSkills() {
        List<PublishedSkill> skills = CatalogIndex.parse(bytes(ONE_SKILL), REPOSITORY);

        assertThat(skills).hasSize(1);
        PublishedSkill skill = skills.get(0);
        SkillDescriptor descriptor = skill.descriptor();
        assertThat(descriptor.id()).isEqualTo("crm-hubspot");
        assertThat(descriptor.name()).isEqualTo("HubSpot CRM");
        assertThat(descriptor.version()).isEqualTo("1.2.0");
        assertThat(descriptor.publisher()).isEqualTo("Acme");
        assertThat(descriptor.feature()).isEqualTo("platina-skill-crm-hubspot");
        assertThat(descriptor.category()).isEqualTo("Other");
        assertThat(descriptor.requires()).containsExactly(new SkillRequirement("mail", "1.0"));
        assertThat(descriptor.dataTouched()).containsExactly("contacts");
        assertThat(skill.publisherKey()).isEqualTo("0123456789abcdef");
        assertThat(skill.repository()).isSameAs(REPOSITORY);
        assertThat(skill.label()).isEqualTo("crm-hubspot 1.2.0");
    }

    @Test
    void artifactsAreSplitIntoFeatureFileAndBundles() {
        PublishedSkill skill = CatalogIndex.parse(bytes(ONE_SKILL), REPOSITORY).get(0);

        assertThat(skill.featuresFile()).hasValueSatisfying(features -> {
            assertThat(features.path()).isEqualTo("dev/platina/crm/1.2.0/crm-1.2.0-features.xml");
            assertThat(features.location()).isNull();
            assertThat(features.size()).isEqualTo(120);
        });
        assertThat(skill.bundles()).containsExactly(new PublishedSkill.Artifact("bundle", "mvn:dev.platina/crm/1.2.0",
                "dev/platina/crm/1.2.0/crm-1.2.0.jar", "bb", 4096));
    }

    @Test
    void catalogueNameIsRead() {
        assertThat(CatalogIndex.name(bytes(ONE_SKILL))).isEqualTo("Example skills");
        assertThat(CatalogIndex.name(bytes("not json {"))).isEmpty();
    }

    @Test
    void otherFormatIsRefused() {
        byte[] json = bytes(ONE_SKILL.replace("\"format\": 1", "\"format\": 2"));

        assertThatThrownBy(() -> CatalogIndex.parse(json, REPOSITORY))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("https://skills.example.org/catalog.json")
                .hasMessageContaining("not a catalogue of format 1");
    }

    @Test
    void invalidJsonIsRefused() {
        assertThatThrownBy(() -> CatalogIndex.parse(bytes("{ \"format\": "), REPOSITORY))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void artifactPathLeavingRepositoryIsRefused() {
        byte[] json = bytes(ONE_SKILL.replace("dev/platina/crm/1.2.0/crm-1.2.0.jar", "../../etc/passwd"));

        assertThatThrownBy(() -> CatalogIndex.parse(json, REPOSITORY))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("'../../etc/passwd'");
    }

    @Test
    void descriptorWithoutIdIsRefused() {
        byte[] json = bytes(ONE_SKILL.replace("\"id\": \"crm-hubspot\",", ""));

        assertThatThrownBy(() -> CatalogIndex.parse(json, REPOSITORY))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("no 'id'");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
