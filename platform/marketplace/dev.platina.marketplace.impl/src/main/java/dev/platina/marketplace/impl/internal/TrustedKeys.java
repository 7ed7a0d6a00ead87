package dev.platina.marketplace.impl.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The publisher keys the operator trusts (Ed25519, one PEM public key per {@code *.pub} file), and the check of a
 * detached signature file ({@code {"algorithm":"Ed25519","keyId":"...","signature":"<base64>"}}) against them.
 */
final class TrustedKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedKeys.class);
    private static final String ALGORITHM = "Ed25519";

    private final Map<String, PublicKey> keys;

    TrustedKeys(Map<String, PublicKey> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** Reads every {@code *.pub} in the folder; a file that is not an Ed25519 public key is skipped and logged. */
    static TrustedKeys load(Path folder) {
        var keys = new LinkedHashMap<String, PublicKey>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".pub")).sorted().forEach(file -> {
                    try {
                        PublicKey key = parsePem(Files.readString(file, StandardCharsets.US_ASCII));
                        keys.put(keyId(key), key);
                    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
                        LOG.warn("Ignoring the publisher key {}: it is not an Ed25519 public key in PEM ({})", file,
                                e.getMessage());
                    }
                });
            } catch (IOException e) {
                LOG.warn("Could not read the trusted publisher keys in {}: {}", folder, e.getMessage());
            }
        } else {
            LOG.warn("The folder of trusted publisher keys {} does not exist: no skill can be installed", folder);
        }
        return new TrustedKeys(keys);
    }

    static PublicKey parsePem(String pem) throws GeneralSecurityException {
        String body = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** The first 16 hex digits of the SHA-256 of the key's X.509 encoding: how catalogues and signatures name it. */
    static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Set<String> ids() {
        return keys.keySet();
    }

    boolean trusts(String keyId) {
        return keyId != null && keys.containsKey(keyId);
    }

    /**
     * Checks {@code signatureFile} over {@code content} and returns the id of the trusted key that made it.
     *
     * @throws PackageRejectedException naming {@code name} when the signature is unreadable, made by a key that is not
     *     trusted here, or does not match the content
     */
    String verify(String name, byte[] content, byte[] signatureFile) {
        JsonNode signature;
        try {
            signature = Json.MAPPER.readTree(signatureFile);
        } catch (IOException e) {
            throw new PackageRejectedException(name + ": its signature file is not readable JSON.");
        }
        if (signature == null || !ALGORITHM.equals(signature.path("algorithm").asText())) {
            throw new PackageRejectedException(name + ": signed with '" + (signature == null ? ""
                    : signature.path("algorithm").asText()) + "', but only Ed25519 signatures are accepted.");
        }
        String keyId = signature.path("keyId").asText();
        PublicKey key = keys.get(keyId);
        if (key == null) {
            throw new PackageRejectedException(name + ": signed with the publisher key " + keyId + ", which this"
                    + " installation does not trust. An operator who trusts the publisher adds its public key to the"
                    + " trusted keys folder.");
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(content);
            if (verifier.verify(Base64.getDecoder().decode(signature.path("signature").asText()))) {
                return keyId;
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            LOG.debug("Signature of {} could not be checked", name, e);
        }
        throw new PackageRejectedException(name + ": the signature does not match the file. It was changed after the"
                + " publisher (key " + keyId + ") signed it; nothing of this package was installed.");
    }
}
