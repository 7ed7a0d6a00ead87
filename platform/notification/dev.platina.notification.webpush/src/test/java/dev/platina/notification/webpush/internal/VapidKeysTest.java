package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VapidKeysTest {

    @TempDir
    Path data;

    @Test
    void theKeyPairIsMadeOnceAndReadBackAfterARestart() {
        var cipher = new TestCipher();
        Path file = data.resolve("notification/vapid.key");

        String first = new VapidKeys(cipher, file).publicKey();
        String afterRestart = new VapidKeys(cipher, file).publicKey();

        assertThat(afterRestart).isEqualTo(first);
        assertThat(Base64Url.decode(first)).hasSize(65).startsWith(4);
    }

    @Test
    void theFileIsSealedWithTheInstallationsCipherAndReadableByItsOwnerOnly() throws Exception {
        Path file = data.resolve("notification/vapid.key");
        var keys = new VapidKeys(new TestCipher(), file);
        byte[] publicKey = P256.encode((ECPublicKey) keys.keyPair().getPublic());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(indexOf(Files.readAllBytes(file), publicKey)).as("the key is not in the file in plain").isNegative();
        assertThatThrownBy(() -> new VapidKeys(new TestCipher(), file).keyPair())
                .as("another installation's master key cannot open it").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theTokenIsForThePushServicesOriginAndExpiresWithinTwelveHours() throws Exception {
        var keys = new VapidKeys(new TestCipher(), data.resolve("vapid.key"));
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        var authorization = new VapidAuthorization(keys.keyPair(), "mailto:ops@example.test",
                Clock.fixed(now, ZoneOffset.UTC));

        String header = authorization.headerFor(URI.create("https://fcm.googleapis.com:443/fcm/send/xyz?a=1"));

        String token = header.substring("vapid t=".length(), header.indexOf(','));
        assertThat(header).endsWith(", k=" + keys.publicKey());
        Map<?, ?> claims = new ObjectMapper().readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                Map.class);
        assertThat(claims.get("aud")).isEqualTo("https://fcm.googleapis.com");
        assertThat(claims.get("sub")).isEqualTo("mailto:ops@example.test");
        assertThat(((Number) claims.get("exp")).longValue()).isEqualTo(now.getEpochSecond() + 12 * 3600);
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[2])).as("raw R || S").hasSize(64);
        assertThat(VapidAuthorization.origin(URI.create("http://127.0.0.1:8080/push/1")))
                .isEqualTo("http://127.0.0.1:8080");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
