package dev.platina.marketplace.publisher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The command line: {@code publish} signs the skills into a repository, {@code fixtures} writes the test fixtures
 * repository, {@code generate-key} makes a publisher key pair. Exits with 1 and one line naming the problem when the
 * input breaks a rule, so the build that runs it fails with that line.
 */
public final class PublisherCommand {

    static final String DEFAULT_NAME = "Platina built-in skills";

    private static final String USAGE = String.join("\n",
            "Usage:",
            "  publish      --input <maven-layout folder> --private-key <pem> [--public-key <pem>]",
            "               --output <folder> [--zip <file>] [--name <catalogue name>]",
            "  fixtures     --input <maven-layout folder> --private-key <pem> [--public-key <pem>]",
            "               --output <folder> [--zip <file>]",
            "  generate-key --private-key <pem> --public-key <pem>",
            "The public key defaults to the private key's path with .key replaced by .pub.");
    private static final Set<String> PUBLISH_OPTIONS =
            Set.of("input", "private-key", "public-key", "output", "zip", "name");
    private static final Set<String> FIXTURE_OPTIONS = Set.of("input", "private-key", "public-key", "output", "zip");
    private static final Set<String> KEY_OPTIONS = Set.of("private-key", "public-key");

    private final PrintStream out;

    PublisherCommand(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        try {
            new PublisherCommand(System.out).run(List.of(args));
        } catch (PublishingException e) {
            System.err.println("Marketplace publisher: " + e.getMessage());
            System.exit(1);
        }
    }

    void run(List<String> args) {
        if (args.isEmpty()) {
            throw new PublishingException("No command given.\n" + USAGE);
        }
        List<String> options = args.subList(1, args.size());
        switch (args.get(0)) {
            case "publish" -> publish(CommandLineOptions.parse(options, PUBLISH_OPTIONS));
            case "fixtures" -> fixtures(CommandLineOptions.parse(options, FIXTURE_OPTIONS));
            case "generate-key" -> generateKey(CommandLineOptions.parse(options, KEY_OPTIONS));
            default -> throw new PublishingException("Unknown command '" + args.get(0) + "'.\n" + USAGE);
        }
    }

    private void publish(CommandLineOptions options) {
        PublisherKey key = key(options);
        ArtifactSet input = ArtifactSet.readMavenLayout(options.path("input"));
        Publication publication = Publication.signedWithOneKey(options.optional("name").orElse(DEFAULT_NAME),
                SkillReader.read(input), input, key);
        Path output = options.path("output");
        new RepositoryWriter(output).write(publication);
        report(publication, output);
        options.optional("zip").map(Path::of).ifPresent(zip -> RepositoryZip.write(output, zip));
    }

    private void fixtures(CommandLineOptions options) {
        PublisherKey key = key(options);
        ArtifactSet input = ArtifactSet.readMavenLayout(options.path("input"));
        Path output = options.path("output");
        // A fresh key for every build: it is written only into the fixtures, so no installation can trust it.
        Publication publication = new FixtureRepository(key, PublisherKey.generate()).write(input, output);
        report(publication, output);
        options.optional("zip").map(Path::of).ifPresent(zip -> RepositoryZip.write(output, zip));
    }

    private void generateKey(CommandLineOptions options) {
        PublisherKey key = PublisherKey.generate();
        key.writeTo(options.path("private-key"), options.path("public-key"));
        out.println("Generated the Ed25519 publisher key " + key.keyId() + ": keep " + options.required("private-key")
                + " secret; give " + options.required("public-key") + " to the operators who trust you.");
    }

    private static PublisherKey key(CommandLineOptions options) {
        Path privateKey = options.path("private-key");
        Path publicKey = options.optional("public-key").map(Path::of).orElseGet(() -> defaultPublicKey(privateKey));
        return PublisherKey.load(privateKey, publicKey);
    }

    static Path defaultPublicKey(Path privateKey) {
        String name = privateKey.getFileName().toString();
        String base = name.endsWith(".key") ? name.substring(0, name.length() - 4) : name;
        return privateKey.resolveSibling(base + ".pub");
    }

    private void report(Publication publication, Path output) {
        out.println("Published \"" + publication.name() + "\" to " + output + ", catalogue signed with key "
                + publication.catalogueKey().keyId() + ":");
        publication.skills().forEach(skill -> out.println("  " + skill.descriptor() + "  "
                + skill.coordinates().featuresPath() + "  key " + publication.skillKey().apply(skill).keyId()));
    }

}
