package dev.platina.marketplace.publisher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * The content of a {@code .sig} file: {@code {"algorithm":"Ed25519","keyId":"...","signature":"<base64>"}}, an
 * Ed25519 signature over the exact bytes of the file it sits beside.
 */
public record DetachedSignature(String algorithm, String keyId, String signature) {

    public static DetachedSignature sign(byte[] content, PublisherKey key) {
        return new DetachedSignature(PublisherKey.ALGORITHM, key.keyId(),
                Base64.getEncoder().encodeToString(key.sign(content)));
    }

    public static DetachedSignature parse(byte[] json) {
        try {
            JsonNode node = Json.MAPPER.readTree(json);
            return new DetachedSignature(node.path("algorithm").asText(), node.path("keyId").asText(),
                    node.path("signature").asText());
        } catch (IOException e) {
            throw new PublishingException("A signature file is not JSON: " + e.getMessage(), e);
        }
    }

    /** Compact UTF-8 JSON, members in the documented order. */
    public byte[] toJson() {
        ObjectNode node = Json.MAPPER.createObjectNode()
                .put("algorithm", algorithm)
                .put("keyId", keyId)
                .put("signature", signature);
        return Json.compact(node);
    }

    /** Whether this signature was made over {@code content} by {@code key}, checked the way installations check it. */
    public boolean verifies(byte[] content, PublicKey key) {
        if (!PublisherKey.ALGORITHM.equals(algorithm) || !PublisherKey.keyIdOf(key).equals(keyId)) {
            return false;
        }
        try {
            return verifies(content, Base64.getDecoder().decode(signature), key);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean verifies(byte[] content, byte[] rawSignature, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(PublisherKey.ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(rawSignature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
