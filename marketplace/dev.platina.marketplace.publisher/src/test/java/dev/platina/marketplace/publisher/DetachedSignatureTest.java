package dev.platina.marketplace.publisher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DetachedSignatureTest {

    private static final PublisherKey KEY = PublisherKey.generate();
    private final byte[] content = "the exact bytes of an artifact".getBytes(StandardCharsets.UTF_8);

    @Test
    void signatureVerifiesOverTheSignedBytes() {
        DetachedSignature signature = DetachedSignature.sign(content, KEY);

        assertThat(signature.verifies(content, KEY.publicKey())).isTrue();
    }

    @Test
    void changingOneByteFailsVerification() {
        DetachedSignature signature = DetachedSignature.sign(content, KEY);
        byte[] changed = content.clone();
        changed[7] ^= 1;

        assertThat(signature.verifies(changed, KEY.publicKey())).isFalse();
    }

    @Test
    void anotherKeyFailsVerification() {
        DetachedSignature signature = DetachedSignature.sign(content, KEY);

        assertThat(signature.verifies(content, PublisherKey.generate().publicKey())).isFalse();
    }

    @Test
    void signatureFileIsCompactJsonWithAlgorithmKeyIdAndBase64Signature() {
        byte[] file = DetachedSignature.sign(content, KEY).toJson();

        assertThat(new String(file, StandardCharsets.UTF_8)).matches("\\{\"algorithm\":\"Ed25519\",\"keyId\":\""
                + KEY.keyId() + "\",\"signature\":\"[A-Za-z0-9+/]{86}==\"}");
        assertThat(DetachedSignature.parse(file).verifies(content, KEY.publicKey())).isTrue();
    }
}
