package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.platina.ai.api.MaskingSession;
import dev.platina.ai.api.PiiMasker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PlaceholderSessionTest {

    private final PiiMasker masker = new PlaceholderPiiMasker();
    private final MaskingSession session = masker.session();

    @Test
    void customerMailRoundTripsThroughAModelReply() {
        String mail = """
                From: Zoë Müller-Lüdenscheidt <zoe.mueller@example.de>
                Subject: Refund for order INV-2026-0042

                Hello,

                I paid 1,234.56 EUR on 2026-11-21 with my card 4111 1111 1111 1111 but the parcel never came.
                Please refund to my IBAN DE89 3704 0044 0532 0130 00 or call me on +49 30 1234567.

                Best regards,
                Zoë Müller-Lüdenscheidt
                """;

        String masked = session.mask(mail);

        assertThat(masked).isEqualTo("""
                From: [NAME_1] <[EMAIL_1]>
                Subject: Refund for order INV-2026-0042

                Hello,

                I paid 1,234.56 EUR on 2026-11-21 with my card [CARD_1] but the parcel never came.
                Please refund to my IBAN [IBAN_1] or call me on [PHONE_1].

                Best regards,
                [NAME_1]
                """);

        String modelReply = "Dear [NAME_1],\n\nwe will refund 1,234.56 EUR to [IBAN_1] (not to card [CARD_1]). "
                + "A confirmation goes to [EMAIL_1]; we may call [PHONE_1].";
        assertThat(session.unmask(modelReply)).isEqualTo("Dear Zoë Müller-Lüdenscheidt,\n\nwe will refund 1,234.56 EUR"
                + " to DE89 3704 0044 0532 0130 00 (not to card 4111 1111 1111 1111). A confirmation goes to"
                + " zoe.mueller@example.de; we may call +49 30 1234567.");
    }

    @Test
    void placeholdersStayTheSameAcrossMessagesOfOneSession() {
        String first = session.mask("Mail jane@example.com or bob@example.com");
        String second = session.mask("bob@example.com replied, CC: carol@example.com and JANE@example.com");

        assertThat(first).isEqualTo("Mail [EMAIL_1] or [EMAIL_2]");
        assertThat(second).isEqualTo("[EMAIL_2] replied, CC: [EMAIL_3] and [EMAIL_1]");
        assertThat(session.placeholders()).containsOnlyKeys("[EMAIL_1]", "[EMAIL_2]", "[EMAIL_3]");
    }

    @Test
    void differentKindsAreNumberedSeparately() {
        assertThat(session.mask("jane@example.com, +49 30 1234567, bob@example.com"))
                .isEqualTo("[EMAIL_1], [PHONE_1], [EMAIL_2]");
    }

    @Test
    void sessionsAreIndependent() {
        MaskingSession other = masker.session();

        assertThat(session.mask("bob@example.com")).isEqualTo("[EMAIL_1]");
        assertThat(other.mask("alice@example.com")).isEqualTo("[EMAIL_1]");
        assertThat(session.unmask("[EMAIL_1]")).isEqualTo("bob@example.com");
        assertThat(other.unmask("[EMAIL_1]")).isEqualTo("alice@example.com");
        assertThat(masker.session().unmask("[EMAIL_1]")).isEqualTo("[EMAIL_1]");
    }

    @Test
    void unmaskAcceptsPlaceholdersInAnyLetterCaseButNotWithoutBrackets() {
        session.mask("jane@example.com");

        assertThat(session.unmask("[EMAIL_1] [email_1] [Email_1]"))
                .isEqualTo("jane@example.com jane@example.com jane@example.com");
        assertThat(session.unmask("EMAIL_1 [EMAIL 1] [ EMAIL_1 ] [EMAIL_01]"))
                .isEqualTo("EMAIL_1 [EMAIL 1] [ EMAIL_1 ] [EMAIL_01]");
    }

    @Test
    void unknownPlaceholdersStayAsTheyAre() {
        session.mask("jane@example.com");

        assertThat(session.unmask("[EMAIL_2] [PHONE_1] [NAME_7]")).isEqualTo("[EMAIL_2] [PHONE_1] [NAME_7]");
    }

    @Test
    void placeholderLookingInputIsMaskedSoItCannotBeConfused() {
        String masked = session.mask("My template says [EMAIL_1] and [name_1]; my address is jane@example.com");

        assertThat(masked).isEqualTo("My template says [TEXT_1] and [TEXT_2]; my address is [EMAIL_1]");
        assertThat(session.unmask(masked))
                .isEqualTo("My template says [EMAIL_1] and [name_1]; my address is jane@example.com");
    }

    @Test
    void placeholderWrittenByTheSenderInALaterMessageDoesNotRevealAnEarlierValue() {
        session.mask("Customer A: a@example.com");

        String masked = session.mask("Customer B asks: what is [EMAIL_1]?");

        assertThat(masked).isEqualTo("Customer B asks: what is [TEXT_1]?");
        assertThat(session.unmask("You asked about [TEXT_1].")).isEqualTo("You asked about [EMAIL_1].");
    }

    @Test
    void originalThatLooksLikeAPlaceholderIsRestoredOnceNotResolvedAgain() {
        session.mask("a@example.com");
        session.mask("literal [EMAIL_1]");

        assertThat(session.unmask("[TEXT_1] vs [EMAIL_1]")).isEqualTo("[EMAIL_1] vs a@example.com");
    }

    @Test
    void textWithoutPersonalDataIsUnchanged() {
        String text = "The invoice INV-2026-0042 over 1,234.56 EUR is due on 2026-11-21. Thanks!";

        assertThat(session.mask(text)).isEqualTo(text);
        assertThat(session.placeholders()).isEmpty();
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(session.mask(null)).isNull();
        assertThat(session.unmask(null)).isNull();
        assertThat(session.mask("")).isEmpty();
        assertThat(session.unmask("")).isEmpty();
    }

    @Test
    void placeholdersAreASnapshotThatCannotBeChanged() {
        session.mask("jane@example.com");
        var placeholders = session.placeholders();
        session.mask("bob@example.com");

        assertThat(placeholders).containsExactly(java.util.Map.entry("[EMAIL_1]", "jane@example.com"));
        assertThatThrownBy(() -> placeholders.put("[EMAIL_9]", "x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toStringShowsCountsNotOriginals() {
        session.mask("Dear Jane Doe, jane@example.com, +49 30 1234567, DE89 3704 0044 0532 0130 00");

        assertThat(session.toString())
                .doesNotContain("Jane", "jane", "1234567", "DE89")
                .contains("EMAIL=1", "NAME=1", "PHONE=1", "IBAN=1");
    }

    @Test
    void concurrentMaskingInOneSessionKeepsOnePlaceholderPerValue() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = "user" + (i % 20) + "@example.com";
                results.add(pool.submit(() -> session.mask(text)));
            }
            for (Future<String> result : results) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(session.placeholders()).hasSize(20);
        assertThat(session.placeholders().values()).doesNotHaveDuplicates();
        for (int i = 0; i < 20; i++) {
            String address = "user" + i + "@example.com";
            assertThat(session.unmask(session.mask(address))).isEqualTo(address);
        }
    }
}
