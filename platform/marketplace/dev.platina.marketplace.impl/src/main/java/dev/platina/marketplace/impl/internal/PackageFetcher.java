package dev.platina.marketplace.impl.internal;

import dev.platina.identity.api.Permission;
import dev.platina.marketplace.api.SkillDescriptor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Brings a published skill version into the local package cache and proves it: each file has the size and
 * SHA-256 the catalogue states and a signature by a trusted publisher key, the descriptor inside the bundle agrees
 * with the catalogue, and no class mints its own caller. Only then is the install feature file written.
 */
final class PackageFetcher {

    static final String INSTALL_FILE = "install-features.xml";

    private final Path cache;
    private final TrustedKeys keys;
    private final long maxBytes;

    PackageFetcher(Path cache, TrustedKeys keys, long maxBytes) {
        this.cache = cache;
        this.keys = keys;
        this.maxBytes = maxBytes;
    }

    /**
     * @param progress told 0-100 as files arrive
     * @param requiredFeatures feature names of the skills this one requires
     */
    VerifiedPackage fetch(PublishedSkill skill, Set<String> requiredFeatures, IntConsumer progress) throws IOException {
        if (!keys.trusts(skill.publisherKey())) {
            throw new PackageRejectedException(skill.label() + " is published with the key " + skill.publisherKey()
                    + ", which this installation does not trust. Nothing was installed.");
        }
        PublishedSkill.Artifact featuresArtifact = skill.featuresFile().orElseThrow(() -> new PackageRejectedException(
                skill.label() + ": the catalogue lists no feature file for it."));
        if (skill.bundles().isEmpty()) {
            throw new PackageRejectedException(skill.label() + ": the catalogue lists no bundle for it.");
        }
        Path folder = cache.resolve(skill.descriptor().id()).resolve(skill.descriptor().version());
        Files.createDirectories(folder);
        int total = skill.artifacts().size();
        int done = 0;
        var verified = new HashMap<String, URI>();
        SkillDescriptor inside = null;
        for (PublishedSkill.Artifact bundle : skill.bundles()) {
            byte[] content = verifiedCopy(skill, bundle, folder);
            Path file = folder.resolve(fileName(bundle.path()));
            verified.put(bundle.location(), file.toUri());
            Optional<SkillDescriptor> descriptor = inspect(content, bundle.path());
            if (descriptor.isPresent()) {
                inside = descriptor.get();
            }
            progress.accept(++done * 100 / total);
        }
        if (inside == null) {
            throw new PackageRejectedException(skill.label() + ": none of its bundles carries " + Descriptors.ENTRY
                    + ".");
        }
        agree(skill, inside);
        byte[] features = verifiedCopy(skill, featuresArtifact, folder);
        progress.accept(++done * 100 / total);
        byte[] install = FeatureFile.parse(features, featuresArtifact.path()).repointed(inside.feature(),
                inside.version(), verified, requiredFeatures);
        Path installFile = folder.resolve(INSTALL_FILE);
        Files.write(installFile, install);
        return new VerifiedPackage(inside, folder, installFile.toUri());
    }

    /** Deletes the cached files of a package that was refused, so nothing of it lingers or is reused. */
    void discard(PublishedSkill skill) {
        Path folder = cache.resolve(skill.descriptor().id()).resolve(skill.descriptor().version());
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // Nothing was cached, or it is gone already.
        }
    }

    private byte[] verifiedCopy(PublishedSkill skill, PublishedSkill.Artifact artifact, Path folder) throws IOException {
        Path file = folder.resolve(fileName(artifact.path()));
        Path signatureFile = folder.resolve(fileName(artifact.path()) + ".sig");
        byte[] content = Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        byte[] signature = Files.isRegularFile(signatureFile) ? Files.readAllBytes(signatureFile) : null;
        if (content == null || signature == null || !sha256(content).equals(artifact.sha256())) {
            content = skill.repository().read(artifact.path(), maxBytes);
            signature = skill.repository().read(artifact.path() + ".sig", 4096);
            write(file, content);
            write(signatureFile, signature);
        }
        String name = fileName(artifact.path());
        String keyId = keys.verify(name, content, signature);
        if (!keyId.equals(skill.publisherKey())) {
            throw new PackageRejectedException(name + " is signed with the key " + keyId + ", but the catalogue says "
                    + skill.label() + " is published with " + skill.publisherKey() + ".");
        }
        if (!sha256(content).equals(artifact.sha256()) || (artifact.size() >= 0 && content.length != artifact.size())) {
            throw new PackageRejectedException(name + " differs from the catalogue entry (size or SHA-256).");
        }
        return content;
    }

    /** The skill descriptor the jar carries, after refusing classes that mint callers. */
    private static Optional<SkillDescriptor> inspect(byte[] jar, String name) throws IOException {
        SkillDescriptor descriptor = null;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(Descriptors.ENTRY)) {
                    descriptor = Descriptors.parse(zip.readAllBytes(), name);
                } else if (entry.getName().endsWith(".class")) {
                    Optional<String> forged = forged(zip, entry);
                    if (forged.isPresent()) {
                        throw new PackageRejectedException(name + ": the class " + entry.getName() + " calls "
                                + forged.get() + ". A skill must act through the caller the platform hands it, so"
                                + " this package is refused.");
                    }
                }
            }
        }
        return Optional.ofNullable(descriptor);
    }

    private static Optional<String> forged(InputStream zip, ZipEntry entry) throws IOException {
        try {
            return CallerForgeryCheck.forgedCallerIn(zip.readAllBytes());
        } catch (IOException e) {
            throw new PackageRejectedException(entry.getName() + " is not a readable class file.");
        }
    }

    private static void agree(PublishedSkill skill, SkillDescriptor inside) {
        SkillDescriptor listed = skill.descriptor();
        if (!inside.id().equals(listed.id()) || !inside.version().equals(listed.version())
                || !inside.permissions().equals(listed.permissions()) || !inside.feature().equals(listed.feature())) {
            throw new PackageRejectedException(skill.label() + ": the descriptor inside the signed bundle differs from"
                    + " the catalogue (id, version, feature or permissions). The catalogue cannot be trusted.");
        }
        for (var permission : inside.permissions()) {
            if (!Permission.isKnown(permission.id())) {
                throw new PackageRejectedException(skill.label() + " asks for the permission '" + permission.id()
                        + "', which this platform does not know.");
            }
        }
    }

    private static void write(Path file, byte[] content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".part");
        Files.write(temporary, content);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
