package dev.platina.ai.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.platina.ai.api.MaskingSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NameMaskingTest {

    private final MaskingSession session = new PlaceholderPiiMasker().session();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dear Jane Doe, thank you.     | Dear [NAME_1], thank you.",
        "Hi John,                      | Hi [NAME_1],",
        "Hello, Zoë!                   | Hello, [NAME_1]!",
        "Dear Mr. Smith,               | Dear Mr. [NAME_1],",
        "Dear Dr. Jane O'Brien,        | Dear Dr. [NAME_1],",
        "Ms Jane Doe called.           | Ms [NAME_1] called.",
        "Mrs. Robinson is here.        | Mrs. [NAME_1] is here.",
        "Sehr geehrte Frau Dr. Müller, | Sehr geehrte Frau Dr. [NAME_1],",
        "Herr Meier ruft an.           | Herr [NAME_1] ruft an.",
        "Hallo Zoë Müller-Lüdenscheidt | Hallo [NAME_1]",
        "Dear Ludwig van Beethoven,    | Dear [NAME_1],",
        "Dear J. Doe,                  | Dear [NAME_1],"
    })
    void nameAfterSalutationOrTitleIsMasked(String text, String masked) {
        assertThat(session.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Sir or Madam,", "Hi team,", "Hello everyone", "Dear Customer,", "Hi all!",
        "Sehr geehrte Damen und Herren,", "Hello World", "Dear valued customer", "a 500 ms Timeout",
        "The doctor (Dr) said", "Hi, I have a question"})
    void salutationWithoutNameMasksNothing(String text) {
        assertThat(session.mask(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Regards,\\nJane Doe                          | Regards,\\n[NAME_1]",
        "Best regards,\\n\\nJane Doe\\nAcme Corp      | Best regards,\\n\\n[NAME_1]\\nAcme Corp",
        "Best, John                                   | Best, [NAME_1]",
        "Thanks,\\nZoë Müller-Lüdenscheidt            | Thanks,\\n[NAME_1]",
        "Mit freundlichen Grüßen\\r\\nHans Meier\\r\\n | Mit freundlichen Grüßen\\r\\n[NAME_1]\\r\\n",
        "Cheers!\\nSam                                 | Cheers!\\n[NAME_1]"
    })
    void nameInSignOffIsMasked(String text, String masked) {
        assertThat(session.mask(unescape(text))).isEqualTo(unescape(masked));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regards,\\nThe Acme Team", "Thanks, Will do.", "Thanks for your help\\nPeter said hi",
        "Best,\\nsee you soon", "Kind regards,\\nAnother question: when?", "It is the best, Jane"})
    void signOffWithoutNameMasksNothing(String text) {
        assertThat(session.mask(unescape(text))).isEqualTo(unescape(text));
    }

    @Test
    void displayNamesInAddressesAndHeadersAreMasked() {
        String text = "From: Jane Doe <jane@example.com>\n"
                + "To: \"Roe, Richard\" <rr@example.org>, Zoë Müller <zoe@example.de>\n"
                + "Cc: Bob Smith\n"
                + "Subject: Hello";

        assertThat(session.mask(text)).isEqualTo("From: [NAME_1] <[EMAIL_1]>\n"
                + "To: \"[NAME_2]\" <[EMAIL_2]>, [NAME_3] <[EMAIL_3]>\n"
                + "Cc: [NAME_4]\n"
                + "Subject: Hello");
    }

    @Test
    void knownNameIsMaskedWhereverItAppearsLater() {
        session.mask("Regards,\nJane Doe");

        assertThat(session.mask("Jane Doe called again. Is Jane's order ready? Doe asked."))
                .isEqualTo("[NAME_1] called again. Is [NAME_2]'s order ready? [NAME_3] asked.");
        assertThat(session.unmask("[NAME_1], [NAME_2], [NAME_3]")).isEqualTo("Jane Doe, Jane, Doe");
    }

    @Test
    void nameFoundAtTheEndIsMaskedEarlierInTheSameText() {
        assertThat(session.mask("Zoë Müller-Lüdenscheidt here, about my order.\nBest,\nZoë Müller-Lüdenscheidt"))
                .isEqualTo("[NAME_1] here, about my order.\nBest,\n[NAME_1]");
    }

    @Test
    void knownNameIsMatchedCaseSensitivelyOnWholeWords() {
        session.mask("Hi Will,");

        assertThat(session.mask("Will you call? I will. Willow is a tree."))
                .isEqualTo("[NAME_1] you call? I will. Willow is a tree.");
    }

    private static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r");
    }
}
