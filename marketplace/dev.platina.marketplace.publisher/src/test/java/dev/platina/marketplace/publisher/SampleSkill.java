package dev.platina.marketplace.publisher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds a small skill (jar and features file) in memory, valid unless a test breaks one thing on purpose. */
final class SampleSkill {

    static final String CLASS_ENTRY = "dev/platina/skill/sample/internal/Sample.class";
    static final byte[] CLASS_BYTES = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2, 3};
    static final String COMPONENT_ENTRY = "OSGI-INF/dev.platina.skill.sample.internal.Sample.xml";
    // Long enough that the manifest must wrap it over several 72-byte lines.
    static final String IMPORT_PACKAGE = "com.vaadin.flow.component;version=\"[24.9,25)\",com.vaadin.flow.component"
            + ".button;version=\"[24.9,25)\",dev.platina.ui.api;version=\"[1.0,2)\"";

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 5, 1, 12, 0);

    private final ObjectNode descriptor = Json.MAPPER.createObjectNode();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final List<String> extraBundles = new ArrayList<>();
    private MavenCoordinates coordinates;
    private String featuresXml;
    private boolean withDescriptor = true;

    private SampleSkill(String id, String artifactId, String version) {
        coordinates = new MavenCoordinates("dev.platina", artifactId, version);
        descriptor.put("id", id)
                .put("name", "Sample " + id)
                .put("version", version)
                .put("publisher", "Platina")
                .put("summary", "A skill made up by a test.")
                .put("category", "Testing")
                .put("feature", artifactId);
        descriptor.putArray("permissions").add("sample.read");
        descriptor.put("platformVersion", "0.1");
        headers.put("Manifest-Version", "1.0");
        headers.put("Bundle-ManifestVersion", "2");
        headers.put("Bundle-Name", "Platina :: Skill :: Sample " + id);
        headers.put("Bundle-SymbolicName", artifactId);
        headers.put("Bundle-Version", version);
        headers.put("Import-Package", IMPORT_PACKAGE);
        headers.put("Service-Component", COMPONENT_ENTRY);
    }

    static SampleSkill sample() {
        return new SampleSkill("sample", "dev.platina.skill.sample", "1.0.0");
    }

    static SampleSkill skill(String id, String artifactId, String version) {
        return new SampleSkill(id, artifactId, version);
    }

    SampleSkill descriptorMember(String member, String value) {
        descriptor.put(member, value);
        return this;
    }

    SampleSkill withoutDescriptorMember(String member) {
        descriptor.remove(member);
        return this;
    }

    SampleSkill withoutDescriptor() {
        withDescriptor = false;
        return this;
    }

    SampleSkill header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    SampleSkill featuresXml(String xml) {
        featuresXml = xml;
        return this;
    }

    SampleSkill alsoInstalling(String bundleUrl) {
        extraBundles.add(bundleUrl);
        return this;
    }

    MavenCoordinates coordinates() {
        return coordinates;
    }

    ObjectNode descriptor() {
        return descriptor.deepCopy();
    }

    byte[] jar() {
        Manifest manifest = new Manifest();
        headers.forEach(manifest.getMainAttributes()::putValue);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, JarContents.META_INF, new byte[0]);
            ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
            manifest.write(manifestBytes);
            entry(out, JarFile.MANIFEST_NAME, manifestBytes.toByteArray());
            entry(out, CLASS_ENTRY, CLASS_BYTES);
            if (withDescriptor) {
                entry(out, SkillDescriptor.ENTRY, Json.pretty(descriptor));
            }
            entry(out, COMPONENT_ENTRY, "<scr:component/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] features() {
        if (featuresXml != null) {
            return featuresXml.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder bundles = new StringBuilder("    <bundle>" + coordinates.mvnUrl() + "</bundle>\n");
        extraBundles.forEach(url -> bundles.append("    <bundle>").append(url).append("</bundle>\n"));
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<features name=\"" + coordinates.artifactId() + "-" + coordinates.version()
                + "\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">\n"
                + "  <feature name=\"" + descriptor.path("feature").asText() + "\" version=\""
                + descriptor.path("version").asText() + "\" description=\"Sample\">\n"
                + "    <feature>platina-ui</feature>\n"
                + bundles
                + "  </feature>\n"
                + "</features>\n").getBytes(StandardCharsets.UTF_8);
    }

    SampleSkill addTo(ArtifactSet artifacts) {
        artifacts.addJar(coordinates, jar()).addFeatures(coordinates, features());
        return this;
    }

    ArtifactSet artifacts() {
        ArtifactSet artifacts = new ArtifactSet();
        addTo(artifacts);
        return artifacts;
    }

    static Attributes mainAttributes(byte[] jar) {
        return JarContents.read(jar, "test jar").manifest().orElseThrow().getMainAttributes();
    }

    /** Fixed entry times: the same sample always gives the same jar bytes. */
    private static void entry(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}
