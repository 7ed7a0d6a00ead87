package dev.platina.notification.webpush.internal;

import dev.platina.core.api.SecretCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The installation's VAPID key pair (RFC 8292). Browsers bind every subscription to its public key, so it must
 * never change once handed out: it is made on first use and kept in a file sealed with the installation's
 * {@link SecretCipher}, readable by its owner only.
 */
@Component(service = VapidKeys.class)
public final class VapidKeys {

    static final String PURPOSE = "notification.webpush.vapid-key";
    private static final byte FORMAT = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final SecretCipher cipher;
    private final Path file;
    private KeyPair keys;

    @Activate
    public VapidKeys(@Reference SecretCipher cipher) {
        this(cipher, Path.of(System.getProperty("karaf.data", "data"), "notification", "vapid.key"));
    }

    VapidKeys(SecretCipher cipher, Path file) {
        this.cipher = cipher;
        this.file = file;
    }

    synchronized KeyPair keyPair() {
        if (keys == null) {
            keys = Files.exists(file) ? read() : create();
        }
        return keys;
    }

    /** The public key as browsers take it for {@code applicationServerKey}: the uncompressed point, base64url. */
    String publicKey() {
        return Base64Url.encode(P256.encode((ECPublicKey) keyPair().getPublic()));
    }

    private KeyPair read() {
        try {
            byte[] sealed = cipher.decrypt(Files.readAllBytes(file), PURPOSE);
            if (sealed.length != 1 + P256.COORDINATE_BYTES + P256.PUBLIC_KEY_BYTES || sealed[0] != FORMAT) {
                throw new IllegalStateException("The VAPID key file " + file + " is not in a known format");
            }
            ECPrivateKey privateKey = P256.decodePrivateKey(Arrays.copyOfRange(sealed, 1, 1 + P256.COORDINATE_BYTES));
            ECPublicKey publicKey = P256.decodePublicKey(Arrays.copyOfRange(sealed, 1 + P256.COORDINATE_BYTES,
                    sealed.length));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the VAPID key file " + file, e);
        }
    }

    private KeyPair create() {
        KeyPair created = P256.newKeyPair();
        byte[] plain = ByteBuffer.allocate(1 + P256.COORDINATE_BYTES + P256.PUBLIC_KEY_BYTES).put(FORMAT)
                .put(P256.encode((ECPrivateKey) created.getPrivate()))
                .put(P256.encode((ECPublicKey) created.getPublic())).array();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "vapid", ".tmp");
            restrictToOwner(temporary);
            Files.write(temporary, cipher.encrypt(plain, PURPOSE));
            try {
                // No REPLACE_EXISTING: should another process have made a key meanwhile, its key wins and is read.
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException raced) {
                Files.deleteIfExists(temporary);
                return read();
            }
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the VAPID key file " + file, e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }
}
