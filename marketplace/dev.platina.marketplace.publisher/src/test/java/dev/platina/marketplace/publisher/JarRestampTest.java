package dev.platina.marketplace.publisher;

import static dev.platina.marketplace.publisher.SampleSkill.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

class JarRestampTest {

    private final byte[] original = sample().jar();

    private final byte[] restamped = new JarRestamp()
            .header("Bundle-SymbolicName", "dev.platina.skill.copy")
            .header("Bundle-Version", "0.9.0")
            .header("Bundle-Activator", "dev.platina.skill.copy.internal.MissingActivator")
            .withoutHeader("Service-Component")
            .descriptor("id", "copy")
            .descriptor("version", "0.9.0")
            .applyTo(original, "sample.jar");

    @Test
    void manifestHeadersAreRewrittenAddedAndRemoved() {
        Attributes headers = SampleSkill.mainAttributes(restamped);

        assertThat(headers.getValue("Bundle-SymbolicName")).isEqualTo("dev.platina.skill.copy");
        assertThat(headers.getValue("Bundle-Version")).isEqualTo("0.9.0");
        assertThat(headers.getValue("Bundle-Activator")).isEqualTo("dev.platina.skill.copy.internal.MissingActivator");
        assertThat(headers.getValue("Service-Component")).isNull();
        assertThat(headers.getValue("Import-Package")).isEqualTo(SampleSkill.IMPORT_PACKAGE);
    }

    @Test
    void descriptorMembersAreRewrittenAndTheRestKept() throws IOException {
        JsonNode descriptor = Json.MAPPER.readTree(entry(restamped, SkillDescriptor.ENTRY));
        JsonNode before = Json.MAPPER.readTree(entry(original, SkillDescriptor.ENTRY));

        assertThat(descriptor.path("id").asText()).isEqualTo("copy");
        assertThat(descriptor.path("version").asText()).isEqualTo("0.9.0");
        assertThat(descriptor.path("summary")).isEqualTo(before.path("summary"));
        assertThat(descriptor.path("permissions")).isEqualTo(before.path("permissions"));
        assertThat(names(descriptor)).containsExactlyElementsOf(names(before));
    }

    @Test
    void everyOtherEntryIsCopiedByteForByteInItsOrder() {
        List<String> unchanged = List.of(SampleSkill.CLASS_ENTRY, SampleSkill.COMPONENT_ENTRY);

        for (String name : unchanged) {
            assertThat(entry(restamped, name)).as(name).isEqualTo(entry(original, name));
        }
        assertThat(entryNames(restamped)).containsExactlyElementsOf(entryNames(original));
    }

    @Test
    void manifestStaysFirstSoJarInputStreamFindsIt() throws IOException {
        assertThat(entryNames(restamped)).startsWith("META-INF/", "META-INF/MANIFEST.MF");
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(restamped))) {
            assertThat(in.getManifest().getMainAttributes().getValue("Bundle-Version")).isEqualTo("0.9.0");
        }
    }

    @Test
    void manifestLinesStayWithinSeventyTwoBytes() {
        String manifest = new String(entry(restamped, "META-INF/MANIFEST.MF"), StandardCharsets.UTF_8);

        assertThat(manifest.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(72));
        assertThat(manifest).contains("\r\n ");
    }

    private static byte[] entry(byte[] jar, String name) {
        return JarContents.read(jar, "jar").entry(name).orElseThrow();
    }

    private static List<String> entryNames(byte[] jar) {
        return JarContents.read(jar, "jar").entries().stream().map(JarContents.Entry::name).toList();
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
