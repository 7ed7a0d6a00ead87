package dev.platina.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 256-bit key that protects secrets at rest: {@code PLATINA_MASTER_KEY} (base64) when set, so it can live in a
 * secret manager apart from the data; otherwise {@code data/keys/master.key}, created on first start and readable
 * by the owner only. Losing it makes the encrypted secrets unreadable; back it up apart from the database.
 */
final class MasterKey {

    static final String VARIABLE = "PLATINA_MASTER_KEY";
    private static final int BYTES = 32;

    private MasterKey() {
    }

    static SecretKey load(Map<String, String> environment, Path dataDirectory) throws IOException {
        String configured = environment.get(VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return fromBase64(configured.trim(), VARIABLE);
        }
        Path file = dataDirectory.resolve("keys").resolve("master.key");
        if (Files.exists(file)) {
            return fromBase64(Files.readString(file).trim(), file.toString());
        }
        Files.createDirectories(file.getParent(),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        var bytes = new byte[BYTES];
        new SecureRandom().nextBytes(bytes);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getEncoder().encodeToString(bytes) + "\n");
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey fromBase64(String text, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The master key in " + source + " is not base64");
        }
        if (bytes.length != BYTES) {
            throw new IllegalStateException("The master key in " + source + " must be 32 bytes (256 bits), not "
                    + bytes.length + ". Create one with: head -c 32 /dev/urandom | base64");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
