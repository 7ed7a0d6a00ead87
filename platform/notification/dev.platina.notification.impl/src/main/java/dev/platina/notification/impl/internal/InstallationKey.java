package dev.platina.notification.impl.internal;

import dev.platina.core.api.SecretCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A random key of this installation, made on first use and kept in the data directory encrypted with the
 * installation's {@link SecretCipher}, so a copy of the file alone is useless.
 */
final class InstallationKey {

    private InstallationKey() {
    }

    static byte[] load(Path file, SecretCipher cipher, String purpose) {
        try {
            if (Files.exists(file)) {
                return cipher.decrypt(Files.readAllBytes(file), purpose);
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            Path fresh = Files.createTempFile(file.getParent(), "key", ".tmp");
            try {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the encryption still protects it.
            }
            Files.write(fresh, cipher.encrypt(key, purpose), StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(fresh, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file, e);
        }
    }
}
