package dev.platina.notification.webpush.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import org.junit.jupiter.api.Test;

class PushMessageEncryptionTest {

    @Test
    void reproducesTheExampleOfRfc8291ByteForByte() {
        // RFC 8291 section 5 and appendix A: the application server's key pair and the salt are fixed there.
        ECPrivateKey serverPrivate = P256.decodePrivateKey(
                Base64Url.decode("yfWPiYE-n46HLnH0KqZOF1fJJU3MYrct3AELtAQ-oRw"));
        ECPublicKey serverPublic = P256.decodePublicKey(Base64Url.decode(
                "BP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A8"));
        byte[] subscriberKey = Base64Url.decode(
                "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4");
        byte[] authSecret = Base64Url.decode("BTBZMqHH6r4Tts7J_aSIgg");
        byte[] salt = Base64Url.decode("DGv6ra1nlYgDCS1FRnbzlw");
        var encryption = new PushMessageEncryption(() -> new KeyPair(serverPublic, serverPrivate), () -> salt);

        byte[] body = encryption.encrypt("When I grow up, I want to be a watermelon".getBytes(StandardCharsets.UTF_8),
                subscriberKey, authSecret);

        assertThat(Base64Url.encode(body)).isEqualTo("DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27ml"
                + "mlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPT"
                + "pK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN");
    }

    @Test
    void aBrowserDecryptsWhatWasEncryptedForIt() throws Exception {
        var browser = new BrowserSubscription();
        byte[] message = "{\"title\":\"Approve the invoice?\"}".getBytes(StandardCharsets.UTF_8);

        byte[] body = new PushMessageEncryption().encrypt(message, browser.publicKey, browser.auth);

        assertThat(browser.decrypt(body)).isEqualTo(message);
        assertThat(body.length).isEqualTo(message.length + PushMessageEncryption.OVERHEAD_BYTES);
        assertThat(Arrays.copyOfRange(body, 16, 21)).containsExactly(0, 0, 0x10, 0, 65);
    }

    @Test
    void everyMessageHasItsOwnKeyAndSalt() throws Exception {
        var browser = new BrowserSubscription();
        var encryption = new PushMessageEncryption();

        byte[] first = encryption.encrypt(new byte[] {1}, browser.publicKey, browser.auth);
        byte[] second = encryption.encrypt(new byte[] {1}, browser.publicKey, browser.auth);

        assertThat(Arrays.copyOf(first, PushMessageEncryption.HEADER_BYTES))
                .isNotEqualTo(Arrays.copyOf(second, PushMessageEncryption.HEADER_BYTES));
    }

    @Test
    void aMessageForAnotherAuthSecretDoesNotOpen() throws Exception {
        var browser = new BrowserSubscription();
        byte[] otherAuth = browser.auth.clone();
        otherAuth[0] ^= 1;

        byte[] body = new PushMessageEncryption().encrypt(new byte[] {1, 2, 3}, browser.publicKey, otherAuth);

        assertThatThrownBy(() -> browser.decrypt(body)).isInstanceOf(AEADBadTagException.class);
    }

    @Test
    void aKeyThatIsNotOnTheCurveIsRefused() {
        byte[] notOnCurve = new byte[65];
        notOnCurve[0] = 4;
        notOnCurve[64] = 1;

        assertThatThrownBy(() -> new PushMessageEncryption().encrypt(new byte[] {1}, notOnCurve, new byte[16]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the P-256 curve");
    }
}
