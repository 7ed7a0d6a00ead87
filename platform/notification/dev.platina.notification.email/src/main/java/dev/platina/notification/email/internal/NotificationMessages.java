package dev.platina.notification.email.internal;

import dev.platina.notification.api.BrandDirectory;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

/**
 * Builds the MIME message of a notification e-mail: multipart/alternative with text first, HTML preferred; with a
 * brand logo, that inside multipart/related with the logo as an inline part the HTML names by Content-ID.
 */
final class NotificationMessages {

    private final Session session;
    private final InternetAddress from;

    NotificationMessages(Session session, InternetAddress from) {
        this.session = session;
        this.from = from;
    }

    MimeMessage create(InternetAddress to, String kind, EmailContent content, String idempotencyKey)
            throws MessagingException {
        var message = new KeyedMessage(session, messageId(idempotencyKey));
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, to);
        message.setSubject(content.subject(), "UTF-8");
        message.setSentDate(new Date());
        // RFC 3834: tells well-behaved servers and clients not to answer with vacation or out-of-office mail.
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");
        message.setHeader("X-Platina-Kind", headerToken(kind));

        var alternatives = new MimeMultipart("alternative");
        // The last alternative is the preferred one, so text comes first and HTML last.
        alternatives.addBodyPart(part(content.text(), "text/plain; charset=UTF-8"));
        alternatives.addBodyPart(part(content.html(), "text/html; charset=UTF-8"));
        if (content.logo().isEmpty()) {
            message.setDataHandler(MultipartDataHandler.of(alternatives));
        } else {
            var related = new MimeMultipart("related");
            var text = new MimeBodyPart();
            text.setDataHandler(MultipartDataHandler.of(alternatives));
            related.addBodyPart(text);
            related.addBodyPart(logo(content.logo().get()));
            message.setDataHandler(MultipartDataHandler.of(related));
        }
        message.saveChanges();
        return message;
    }

    /**
     * The same key gives the same Message-ID, so a notification sent again after a lost answer is recognisable
     * (and folded by many clients) as the same message. Hashing keeps internal ids out of the header.
     */
    static String messageId(String idempotencyKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@platina>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static MimeBodyPart part(String content, String contentType) throws MessagingException {
        var part = new MimeBodyPart();
        // Bytes as a data source need no content handler from the activation registry (see MultipartDataHandler).
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8),
                contentType)));
        return part;
    }

    private static MimeBodyPart logo(BrandDirectory.Logo logo) throws MessagingException {
        var part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(logo.content(), logo.mediaType())));
        part.setContentID("<" + HtmlBody.LOGO_CID + ">");
        part.setDisposition(Part.INLINE);
        part.setFileName("logo.png");
        return part;
    }

    private static String headerToken(String kind) {
        String token = kind.replaceAll("[^A-Za-z0-9._:-]", "_");
        return token.isEmpty() ? "_" : token;
    }

    /** Keeps the Message-ID it was given; {@link MimeMessage#saveChanges()} would otherwise make up a new one. */
    private static final class KeyedMessage extends MimeMessage {
        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
