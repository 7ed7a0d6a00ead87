package dev.platina.marketplace.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherKeyTest {

    private static final Path TEST_KEY = Path.of("../src/keys/platina-test-publisher.key");
    private static final Path TEST_PUBLIC_KEY = Path.of("../src/keys/platina-test-publisher.pub");

    @TempDir
    Path folder;

    @Test
    void keyIdIsTheFirstSixteenHexDigitsOfSha256OverTheX509PublicKey() throws Exception {
        PublisherKey key = PublisherKey.generate();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.publicKey().getEncoded());

        assertThat(key.publicKey().getFormat()).isEqualTo("X.509");
        assertThat(key.keyId())
                .isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16))
                .matches("[0-9a-f]{16}");
    }

    @Test
    void committedTestKeyLoadsWithTheKeyIdItsReadmeNames() {
        PublisherKey key = PublisherKey.load(TEST_KEY, TEST_PUBLIC_KEY);

        assertThat(key.keyId()).isEqualTo("b9432175bed069fb");
    }

    @Test
    void keyPairSurvivesWritingAndReadingPemFiles() throws Exception {
        PublisherKey key = PublisherKey.generate();
        Path privateKey = folder.resolve("publisher.key");
        Path publicKey = folder.resolve("publisher.pub");

        key.writeTo(privateKey, publicKey);

        assertThat(PublisherKey.load(privateKey, publicKey).keyId()).isEqualTo(key.keyId());
        assertThat(Files.readString(privateKey)).startsWith("-----BEGIN PRIVATE KEY-----\n")
                .endsWith("-----END PRIVATE KEY-----\n");
        assertThat(Files.readString(publicKey)).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(Files.readAllLines(privateKey))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    }

    @Test
    void publicKeyOfAnotherPairIsRefused() {
        Path privateKey = folder.resolve("a.key");
        PublisherKey.generate().writeTo(privateKey, folder.resolve("a.pub"));
        Path otherPublicKey = folder.resolve("b.pub");
        PublisherKey.generate().writeTo(folder.resolve("b.key"), otherPublicKey);

        assertThatThrownBy(() -> PublisherKey.load(privateKey, otherPublicKey))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("does not belong to the private key");
    }

    @Test
    void missingKeyFileIsNamed() {
        assertThatThrownBy(() -> PublisherKey.load(folder.resolve("none.key"), TEST_PUBLIC_KEY))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("none.key does not exist");
    }

    @Test
    void generatingNeverOverwritesAnExistingKey() throws Exception {
        Path privateKey = folder.resolve("publisher.key");
        Files.writeString(privateKey, "the real key");

        assertThatThrownBy(() -> PublisherKey.generate().writeTo(privateKey, folder.resolve("publisher.pub")))
                .isInstanceOf(PublishingException.class)
                .hasMessageContaining("exists already");
        assertThat(Files.readString(privateKey)).isEqualTo("the real key");
    }
}
