package dev.platina.skill.email.internal;

import dev.platina.integration.api.StepInput;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the e-mail steps read beyond {@link StepInput}'s kinds: address lists (a list, or one text with commas, each
 * {@code ada@example.com} or {@code Ada Lovelace <ada@example.com>}) and Message-IDs.
 */
final class MailInput {

    /** Longest body text a step takes (characters). */
    static final int LONGEST_BODY = 1_000_000;
    static final int LONGEST_SUBJECT = 900;
    static final int MOST_RECIPIENTS = 100;
    /** References kept on a reply: the thread's first message and the latest ones, as RFC 5322 suggests. */
    static final int MOST_REFERENCES = 20;
    private static final Pattern MESSAGE_ID = Pattern.compile("<?[^<>\\s]{1,900}>?");

    private MailInput() {
    }

    /** Reads the common fields of a mail to send: recipients, subject, text and/or html. */
    static Map<String, Object> message(StepInput input, boolean subjectRequired) {
        var message = new LinkedHashMap<String, Object>();
        message.put("to", addresses(input, "to", true));
        message.put("cc", addresses(input, "cc", false));
        message.put("bcc", addresses(input, "bcc", false));
        int recipients = ((List<?>) message.get("to")).size() + ((List<?>) message.get("cc")).size()
                + ((List<?>) message.get("bcc")).size();
        input.require(recipients <= MOST_RECIPIENTS, "to", "names more than " + MOST_RECIPIENTS + " recipients in"
                + " to, cc and bcc together");
        input.text("subject", subjectRequired).ifPresent(subject -> {
            input.require(subject.length() <= LONGEST_SUBJECT, "subject", "is longer than " + LONGEST_SUBJECT
                    + " characters");
            input.require(subject.indexOf('\n') < 0 && subject.indexOf('\r') < 0, "subject", "must be one line");
            message.put("subject", subject);
        });
        Optional<String> text = input.text("text", false);
        Optional<String> html = input.text("html", false);
        input.require(text.isPresent() || html.isPresent(), "text", "is required (or give html)");
        text.ifPresent(value -> message.put("text", value));
        html.ifPresent(value -> message.put("html", value));
        return message;
    }

    static List<String> addresses(StepInput input, String field, boolean required) {
        Object value = input.raw(field).orElse(null);
        var given = new ArrayList<String>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> given.add(item == null ? "" : item.toString()));
        } else if (value != null && !value.toString().isBlank()) {
            given.add(value.toString());
        }
        var addresses = new ArrayList<String>();
        for (String text : given) {
            try {
                for (InternetAddress address : InternetAddress.parse(text, true)) {
                    address.validate();
                    addresses.add(address.toUnicodeString());
                }
            } catch (AddressException e) {
                input.problem(field, "'" + text + "' is not an e-mail address");
            }
        }
        if (required && addresses.isEmpty()) {
            input.problem(field, "is required");
        }
        return addresses;
    }

    /** A Message-ID in angle brackets, as headers carry it. */
    static Optional<String> messageId(StepInput input, String field, boolean required) {
        return input.matching(field, required, MESSAGE_ID, "is not a Message-ID such as <abc@mail.example.com>")
                .map(MailInput::bracketed);
    }

    /** The Message-IDs of a References header, given as one text or as a list. */
    static List<String> references(StepInput input, String field) {
        Object value = input.raw(field).orElse(null);
        var ids = new ArrayList<String>();
        if (value instanceof Collection<?> list) {
            list.forEach(item -> split(String.valueOf(item), ids));
        } else if (value != null) {
            split(value.toString(), ids);
        }
        return ids;
    }

    private static void split(String text, List<String> ids) {
        for (String token : text.split("[\\s,]+")) {
            String id = token.strip();
            if (!id.isEmpty() && MESSAGE_ID.matcher(id).matches()) {
                ids.add(bracketed(id));
            }
        }
    }

    static String bracketed(String id) {
        String bare = id.strip();
        if (bare.startsWith("<")) {
            bare = bare.substring(1);
        }
        if (bare.endsWith(">")) {
            bare = bare.substring(0, bare.length() - 1);
        }
        return "<" + bare + ">";
    }
}
