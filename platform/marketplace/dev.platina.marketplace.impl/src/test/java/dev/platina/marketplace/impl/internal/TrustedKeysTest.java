package dev.platina.marketplace.impl.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustedKeysTest {

    private static final byte[] CONTENT = "the bytes of a skill package".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    private KeyPair publisher;
    private TrustedKeys trusted;

    @BeforeEach
    void trustOnePublisher() throws Exception {
        publisher = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Files.writeString(folder.resolve("x.pub"), pem(publisher.getPublic()), StandardCharsets.US_ASCII);
        trusted = TrustedKeys.load(folder);
    }

    @Test
    void signatureByTrustedKeyVerifiesAndNamesTheKey() throws Exception {
        String keyId = TrustedKeys.keyId(publisher.getPublic());

        String verifiedBy = trusted.verify("a.jar", CONTENT, signatureFile("Ed25519", keyId, sign(publisher.getPrivate(), CONTENT)));

        assertThat(verifiedBy).isEqualTo(keyId);
        assertThat(trusted.ids()).containsExactly(keyId);
        assertThat(trusted.trusts(keyId)).isTrue();
    }

    @Test
    void contentChangedByOneByteIsRejected() throws Exception {
        String keyId = TrustedKeys.keyId(publisher.getPublic());
        byte[] signatureFile = signatureFile("Ed25519", keyId, sign(publisher.getPrivate(), CONTENT));
        byte[] tampered = CONTENT.clone();
        tampered[0] ^= 1;

        assertThatThrownBy(() -> trusted.verify("a.jar", tampered, signatureFile))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("a.jar")
                .hasMessageContaining("does not match");
    }

    @Test
    void signatureByUntrustedKeyIsRejected() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String strangerId = TrustedKeys.keyId(stranger.getPublic());
        byte[] signatureFile = signatureFile("Ed25519", strangerId, sign(stranger.getPrivate(), CONTENT));

        assertThat(trusted.trusts(strangerId)).isFalse();
        assertThatThrownBy(() -> trusted.verify("a.jar", CONTENT, signatureFile))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining(strangerId)
                .hasMessageContaining("does not trust");
    }

    @Test
    void untrustedKeyClaimingTrustedKeyIdDoesNotMatch() throws Exception {
        KeyPair stranger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String trustedId = TrustedKeys.keyId(publisher.getPublic());
        byte[] signatureFile = signatureFile("Ed25519", trustedId, sign(stranger.getPrivate(), CONTENT));

        assertThatThrownBy(() -> trusted.verify("a.jar", CONTENT, signatureFile))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void nonEd25519AlgorithmIsRefused() throws Exception {
        String keyId = TrustedKeys.keyId(publisher.getPublic());
        byte[] signatureFile = signatureFile("RSA", keyId, sign(publisher.getPrivate(), CONTENT));

        assertThatThrownBy(() -> trusted.verify("a.jar", CONTENT, signatureFile))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("'RSA'")
                .hasMessageContaining("only Ed25519");
    }

    @Test
    void unreadableSignatureFileIsRejected() {
        assertThatThrownBy(() -> trusted.verify("a.jar", CONTENT, "not json {".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackageRejectedException.class)
                .hasMessageContaining("not readable JSON");
    }

    @Test
    void fileInFolderThatIsNotKeyIsIgnored() throws Exception {
        Files.writeString(folder.resolve("broken.pub"), "-----BEGIN PUBLIC KEY-----\nbm90IGEga2V5\n-----END PUBLIC KEY-----\n");
        Files.writeString(folder.resolve("notes.txt"), "not a key at all");

        TrustedKeys reloaded = TrustedKeys.load(folder);

        assertThat(reloaded.ids()).containsExactly(TrustedKeys.keyId(publisher.getPublic()));
    }

    @Test
    void missingFolderTrustsNoKey() {
        TrustedKeys none = TrustedKeys.load(folder.resolve("absent"));

        assertThat(none.ids()).isEmpty();
        assertThat(none.trusts(null)).isFalse();
    }

    @Test
    void keyIdIsSixteenHexDigits() {
        assertThat(TrustedKeys.keyId(publisher.getPublic())).matches("[0-9a-f]{16}");
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static byte[] sign(PrivateKey key, byte[] content) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(content);
        return signer.sign();
    }

    private static byte[] signatureFile(String algorithm, String keyId, byte[] signature) {
        return ("{\"algorithm\":\"" + algorithm + "\",\"keyId\":\"" + keyId + "\",\"signature\":\""
                + Base64.getEncoder().encodeToString(signature) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
