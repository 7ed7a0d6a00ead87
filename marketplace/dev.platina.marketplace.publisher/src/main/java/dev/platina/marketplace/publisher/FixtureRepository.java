package dev.platina.marketplace.publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository the integration tests install from: re-stamped copies of built skills that exercise an upgrade
 * and roll-back, a file changed after signing, a bundle that fails to start, and a publisher nobody trusts. They are
 * test fixtures made from the product's sources, never products.
 */
public final class FixtureRepository {

    public static final String NAME = "Platina test fixtures";
    static final String OLDER_VERSION = "0.9.0";
    static final String TAMPERED_ID = "tampered";
    static final String UNTRUSTED_ID = "untrusted";
    static final String TAMPER_ENTRY = "tampered.txt";

    private final PublisherKey key;
    private final PublisherKey untrustedKey;

    /** {@code untrustedKey} signs the "untrusted" skill; it must be a key no installation trusts. */
    public FixtureRepository(PublisherKey key, PublisherKey untrustedKey) {
        this.key = key;
        this.untrustedKey = untrustedKey;
    }

    public Publication write(ArtifactSet input, Path root) {
        List<Skill> products = SkillReader.read(input);
        ArtifactSet fixtures = new ArtifactSet();

        SkillCopy.of("iban", products, input).version(OLDER_VERSION).addTo(fixtures);

        SkillCopy tampered = SkillCopy.of("teamclock", products, input)
                .renamed(TAMPERED_ID, "Tampered clock", "dev.platina.skill.tampered")
                .version("1.0.0")
                .summary("Test fixture: a copy of the team clock whose jar was changed after it was signed."
                        + " Installing it must fail the signature check.");
        tampered.addTo(fixtures);

        SkillCopy.of("iban", products, input)
                .renamed("broken", "Broken skill", "dev.platina.skill.broken")
                .version("1.0.0")
                .summary("Test fixture: a copy of the IBAN check that installs and resolves but fails to start,"
                        + " because its Bundle-Activator does not exist.")
                .withoutHeader("Service-Component")
                .header("Bundle-Activator", "dev.platina.skill.broken.internal.MissingActivator")
                .addTo(fixtures);

        SkillCopy.of("teamclock", products, input)
                .renamed(UNTRUSTED_ID, "Untrusted clock", "dev.platina.skill.untrusted")
                .version("1.0.0")
                .summary("Test fixture: a copy of the team clock signed by a publisher key generated for one build"
                        + " and trusted nowhere. Installing it must fail the trust check.")
                .addTo(fixtures);

        Publication publication = new Publication(NAME, SkillReader.read(fixtures), fixtures, key,
                skill -> skill.id().equals(UNTRUSTED_ID) ? untrustedKey : key);
        new RepositoryWriter(root).write(publication);
        tamperAfterSigning(root.resolve(tampered.coordinates().jarPath()));
        return publication;
    }

    /** Adds one entry to a signed jar, leaving its signature and catalogue hash as they were. */
    private static void tamperAfterSigning(Path jar) {
        try {
            byte[] changed = JarContents.read(Files.readAllBytes(jar), jar.toString())
                    .with(TAMPER_ENTRY, "Added after signing.\n".getBytes(StandardCharsets.UTF_8))
                    .toBytes();
            Files.write(jar, changed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
