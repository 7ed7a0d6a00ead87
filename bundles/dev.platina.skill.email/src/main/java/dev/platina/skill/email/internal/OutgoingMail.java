package dev.platina.skill.email.internal;

import dev.platina.integration.api.QueuedWrite;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds the MIME message a queued e-mail step asked for. Its Message-ID comes from the outbox delivery's idempotency
 * key, {@code <hash@sender's domain>}: a delivery repeated after a lost answer sends a mail with the same id, which
 * mail clients and many servers show once.
 */
final class OutgoingMail {

    private static final String TEXT = "text/plain; charset=UTF-8";
    private static final String HTML = "text/html; charset=UTF-8";

    private OutgoingMail() {
    }

    static String messageId(String idempotencyKey, String domain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(
                    StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static MimeMessage build(Session session, MailAccount account, QueuedWrite write, String idempotencyKey,
            Instant now) throws MessagingException {
        MimeMessage message = new StableIdMessage(session, messageId(idempotencyKey, account.fromDomain()));
        message.setFrom(account.from());
        message.setRecipients(Message.RecipientType.TO, addresses(write.parameters().get("to")));
        message.setRecipients(Message.RecipientType.CC, addresses(write.parameters().get("cc")));
        message.setRecipients(Message.RecipientType.BCC, addresses(write.parameters().get("bcc")));
        message.setSubject(write.text("subject"), "UTF-8");
        message.setSentDate(Date.from(now));
        if (!write.text("inReplyTo").isEmpty()) {
            message.setHeader("In-Reply-To", write.text("inReplyTo"));
        }
        List<String> references = texts(write.parameters().get("references"));
        if (!references.isEmpty()) {
            message.setHeader("References", MimeUtility.fold(12, String.join(" ", references)));
        }
        String html = write.text("html");
        String text = write.text("text").isEmpty() && !html.isEmpty() ? HtmlText.toPlain(html) : write.text("text");
        if (html.isEmpty()) {
            message.setDataHandler(new DataHandler(source(text, TEXT)));
        } else {
            var alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(part(text, TEXT));
            alternative.addBodyPart(part(html, HTML));
            message.setDataHandler(new MultipartContent(alternative));
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart part(String content, String type) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(source(content, type)));
        return part;
    }

    /** The text as UTF-8 bytes with its type: written as they are, with no content handler to look up. */
    private static ByteArrayDataSource source(String content, String type) {
        return new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), type);
    }

    private static InternetAddress[] addresses(Object value) throws MessagingException {
        List<String> texts = texts(value);
        var addresses = new InternetAddress[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            InternetAddress parsed = new InternetAddress(texts.get(i), true);
            // Built again so that a name such as "Zoë" is written as an encoded word, not as raw UTF-8.
            try {
                addresses[i] = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException("UTF-8 is not available", e);
            }
        }
        return addresses;
    }

    private static List<String> texts(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).filter(text -> !text.isBlank()).toList();
        }
        return value == null || value.toString().isBlank() ? List.of() : List.of(value.toString());
    }
}
