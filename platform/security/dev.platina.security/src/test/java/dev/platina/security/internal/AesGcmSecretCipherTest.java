package dev.platina.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AesGcmSecretCipherTest {

    @TempDir
    Path data;

    @Test
    void roundTripsAndNeverRepeatsACiphertext() throws Exception {
        var cipher = new AesGcmSecretCipher(MasterKey.load(Map.of(), data));
        byte[] secret = "totp seed".getBytes(StandardCharsets.UTF_8);

        byte[] first = cipher.encrypt(secret, "totp");
        byte[] second = cipher.encrypt(secret, "totp");

        assertThat(first).isNotEqualTo(second);
        assertThat(new String(cipher.decrypt(first, "totp"), StandardCharsets.UTF_8)).isEqualTo("totp seed");
    }

    @Test
    void aCiphertextDoesNotDecryptForAnotherPurposeOrAfterTampering() throws Exception {
        var cipher = new AesGcmSecretCipher(MasterKey.load(Map.of(), data));
        byte[] sealed = cipher.encrypt(new byte[] {1, 2, 3}, "totp");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "connector")).isInstanceOf(IllegalStateException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(sealed, "totp")).hasMessageContaining("altered");
    }

    @Test
    void generatedKeyIsKeptPrivateAndReusedAcrossStarts() throws Exception {
        var first = new AesGcmSecretCipher(MasterKey.load(Map.of(), data));
        byte[] sealed = first.encrypt(new byte[] {42}, "p");
        var second = new AesGcmSecretCipher(MasterKey.load(Map.of(), data));

        assertThat(second.decrypt(sealed, "p")).containsExactly(42);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys/master.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aMalformedConfiguredKeyIsRefusedWithAHowTo() {
        assertThatThrownBy(() -> MasterKey.load(Map.of(MasterKey.VARIABLE, "c2hvcnQ="), data))
                .hasMessageContaining("32 bytes").hasMessageContaining("/dev/urandom");
    }
}
