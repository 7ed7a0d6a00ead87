package dev.platina.marketplace.publisher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * A publisher's Ed25519 key pair. The public key travels with it because the JDK cannot derive an Ed25519 public
 * key from the private one, and every repository carries the public key for operators to inspect.
 */
public record PublisherKey(PrivateKey privateKey, PublicKey publicKey) {

    static final String ALGORITHM = "Ed25519";

    /** The first 16 lowercase hex digits of SHA-256 over the X.509 (SubjectPublicKeyInfo) encoded public key. */
    public String keyId() {
        return keyIdOf(publicKey);
    }

    public static String keyIdOf(PublicKey key) {
        return Sha256.hex(key.getEncoded()).substring(0, 16);
    }

    public static PublisherKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return new PublisherKey(pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java 17 runtime has Ed25519", e);
        }
    }

    /** Reads a PKCS#8 private key and an X.509 public key, both PEM, and checks that they belong together. */
    public static PublisherKey load(Path privateKeyFile, Path publicKeyFile) {
        byte[] privateDer = Pem.decode(Pem.PRIVATE_KEY, read(privateKeyFile), privateKeyFile.toString());
        byte[] publicDer = Pem.decode(Pem.PUBLIC_KEY, read(publicKeyFile), publicKeyFile.toString());
        PublisherKey key;
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            key = new PublisherKey(factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer)),
                    factory.generatePublic(new X509EncodedKeySpec(publicDer)));
        } catch (GeneralSecurityException e) {
            throw new PublishingException(privateKeyFile + " and " + publicKeyFile
                    + " must hold an Ed25519 key pair (PKCS#8 private key, X.509 public key): " + e.getMessage(), e);
        }
        if (!key.isPair()) {
            throw new PublishingException("The public key " + publicKeyFile + " does not belong to the private key "
                    + privateKeyFile + ": signatures would not verify");
        }
        return key;
    }

    public byte[] sign(byte[] content) {
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign with an Ed25519 key", e);
        }
    }

    public String privateKeyPem() {
        return Pem.encode(Pem.PRIVATE_KEY, privateKey.getEncoded());
    }

    public String publicKeyPem() {
        return Pem.encode(Pem.PUBLIC_KEY, publicKey.getEncoded());
    }

    /** Writes both PEM files; refuses to overwrite, so a real publisher key is never replaced by accident. */
    public void writeTo(Path privateKeyFile, Path publicKeyFile) {
        for (Path file : new Path[] {privateKeyFile, publicKeyFile}) {
            if (Files.exists(file)) {
                throw new PublishingException(file + " exists already; move it away to generate a new key pair");
            }
        }
        try {
            Files.writeString(privateKeyFile, privateKeyPem(), StandardCharsets.US_ASCII);
            Files.writeString(publicKeyFile, publicKeyPem(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean isPair() {
        byte[] probe = "platina publisher key check".getBytes(StandardCharsets.US_ASCII);
        return DetachedSignature.verifies(probe, sign(probe), publicKey);
    }

    private static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PublishingException("The key file " + file + " does not exist");
        }
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
