package dev.platina.marketplace.impl.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.platina.identity.api.Permission;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Test fixture: a skill repository laid out and signed as the publisher tool does it (marketplace/README.md), written
 * into a folder with a key pair made for the test. It is built here because marketplace/repository, which produces
 * the real one, builds after this module.
 */
final class SignedRepository {

    private final Path root;
    private final KeyPair publisher;
    private final ArrayNode skills = Json.MAPPER.createArrayNode();

    SignedRepository(Path root, KeyPair publisher) {
        this.root = root;
        this.publisher = publisher;
    }

    static KeyPair newPublisherKey() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An installation that trusts this repository's publisher and nobody else. */
    TrustedKeys trustedKeys() {
        return new TrustedKeys(Map.of(TrustedKeys.keyId(publisher.getPublic()), publisher.getPublic()));
    }

    /**
     * Publishes a skill: a bundle carrying its descriptor and a class that uses only the caller it is handed, its
     * Karaf feature file, a signature beside each, and its entry for the catalogue.
     */
    SignedRepository withSkill(String id, String version) throws IOException {
        String artifactId = "dev.platina.skill." + id;
        String folder = "dev/platina/" + artifactId + "/" + version + "/";
        String location = "mvn:dev.platina/" + artifactId + "/" + version;
        ObjectNode descriptor = Json.MAPPER.createObjectNode().put("id", id).put("name", "Skill " + id)
                .put("version", version).put("publisher", "Platina tests").put("summary", "Published for a test.")
                .put("feature", artifactId);
        descriptor.putArray("permissions").addObject().put("id", Permission.USERS_READ).put("reason", "To test.");
        byte[] features = ("<features xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\" name=\"" + artifactId
                + "\"><feature name=\"" + artifactId + "\" version=\"" + version + "\"><feature>platina-rest</feature>"
                + "<bundle>" + location + "</bundle></feature></features>").getBytes(StandardCharsets.UTF_8);

        ObjectNode entry = skills.addObject();
        entry.set("descriptor", descriptor);
        entry.put("publisherKey", TrustedKeys.keyId(publisher.getPublic()));
        ArrayNode artifacts = entry.putArray("artifacts");
        artifacts.add(publish(folder + artifactId + "-" + version + "-features.xml", features).put("role", "features"));
        artifacts.add(publish(folder + artifactId + "-" + version + ".jar", bundle(artifactId, version, descriptor))
                .put("role", "bundle").put("location", location));
        return this;
    }

    /** Writes {@code catalog.json} with every skill published so far, and signs it. */
    SignedRepository signCatalog() throws IOException {
        ObjectNode catalog = Json.MAPPER.createObjectNode().put("format", 1).put("name", "Test skills");
        catalog.set("skills", skills);
        publish(CatalogIndex.FILE, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(catalog));
        return this;
    }

    Path file(String path) {
        return root.resolve(path);
    }

    /** The detached signature file ({@code F.sig}) by {@code key} over {@code content}. */
    static byte[] signatureFile(KeyPair key, byte[] content) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.getPrivate());
            signer.update(content);
            return ("{\"algorithm\":\"Ed25519\",\"keyId\":\"" + TrustedKeys.keyId(key.getPublic())
                    + "\",\"signature\":\"" + Base64.getEncoder().encodeToString(signer.sign()) + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A bundle with a manifest, the descriptor and one harmless class, like a real skill's jar. */
    static byte[] bundle(String symbolicName, String version, ObjectNode descriptor) throws IOException {
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        manifest.getMainAttributes().putValue("Bundle-Version", version);
        var bytes = new ByteArrayOutputStream();
        try (var jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry(Descriptors.ENTRY));
            jar.write(Json.MAPPER.writeValueAsBytes(descriptor));
            String fixture = PermissionCheckFixture.class.getName().replace('.', '/') + ".class";
            jar.putNextEntry(new JarEntry(fixture));
            try (InputStream in = SignedRepository.class.getResourceAsStream("/" + fixture)) {
                jar.write(in.readAllBytes());
            }
        }
        return bytes.toByteArray();
    }

    /** Writes the file and its signature; answers the catalogue's description of it. */
    private ObjectNode publish(String path, byte[] content) {
        try {
            Files.createDirectories(file(path).getParent());
            Files.write(file(path), content);
            Files.write(file(path + ".sig"), signatureFile(publisher, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Json.MAPPER.createObjectNode().put("path", path).put("sha256", PackageFetcher.sha256(content))
                .put("size", content.length);
    }
}
