package dev.platina.skill.email.internal;

import dev.platina.integration.api.InboundEvent;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A received mail as an {@code email.received} event. Its id is the mail's Message-ID, so the same mail seen again
 * (a second poll, another folder, a copy to another of the organisation's addresses) starts nothing twice; mail
 * without one is known by its place in the folder, {@code <UIDVALIDITY>:<UID>}.
 */
final class ReceivedMail {

    static final String TYPE = "email.received";
    /** The platform keeps event ids up to 200 characters, with the connector's name before them. */
    private static final int LONGEST_ID = 180;

    private ReceivedMail() {
    }

    static InboundEvent event(MimeMessage message, long validity, long uid, Instant now)
            throws MessagingException, IOException {
        String messageId = header(message, "Message-ID");
        Instant receivedAt = instant(message.getReceivedDate(), instant(message.getSentDate(), now));
        MailBody body = MailBody.of(message);
        var data = new LinkedHashMap<String, Object>();
        InternetAddress from = first(addresses(message, "From"));
        data.put("from", from == null ? "" : from.getAddress());
        data.put("fromName", from == null || from.getPersonal() == null ? "" : from.getPersonal());
        InternetAddress replyTo = first(addresses(message, "Reply-To"));
        data.put("replyAddress", replyTo != null ? replyTo.getAddress() : from == null ? "" : from.getAddress());
        data.put("to", plain(addresses(message, "To")));
        data.put("cc", plain(addresses(message, "Cc")));
        data.put("subject", message.getSubject() == null ? "" : message.getSubject());
        data.put("text", body.text());
        if (body.truncated()) {
            data.put("textTruncated", true);
        }
        data.put("messageId", messageId);
        data.put("inReplyTo", header(message, "In-Reply-To"));
        data.put("references", header(message, "References"));
        data.put("receivedAt", receivedAt.toString());
        data.put("attachments", body.attachments());
        return new InboundEvent(id(messageId, validity, uid), TYPE, receivedAt, data);
    }

    static String id(String messageId, long validity, long uid) {
        if (messageId.isEmpty()) {
            return validity + ":" + uid;
        }
        if (messageId.length() <= LONGEST_ID) {
            return messageId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** A header unfolded and decoded, or "" when the mail has none. */
    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        if (values == null || values.length == 0 || values[0] == null) {
            return "";
        }
        String unfolded = MimeUtility.unfold(values[0]).replaceAll("\\s+", " ").strip();
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (java.io.UnsupportedEncodingException e) {
            return unfolded;
        }
    }

    /** The addresses in a header, read leniently: one malformed address does not lose the others or the mail. */
    private static List<InternetAddress> addresses(MimeMessage message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        var found = new ArrayList<InternetAddress>();
        if (values == null) {
            return found;
        }
        for (String value : values) {
            try {
                for (Address address : InternetAddress.parseHeader(value, false)) {
                    if (address instanceof InternetAddress internet && internet.getAddress() != null) {
                        found.add(internet);
                    }
                }
            } catch (jakarta.mail.internet.AddressException e) {
                // a header that cannot be read at all gives no addresses
            }
        }
        return found;
    }

    private static InternetAddress first(List<InternetAddress> addresses) {
        return addresses.isEmpty() ? null : addresses.get(0);
    }

    private static List<String> plain(List<InternetAddress> addresses) {
        return addresses.stream().map(InternetAddress::getAddress).toList();
    }

    private static Instant instant(Date date, Instant otherwise) {
        return date == null ? otherwise : date.toInstant();
    }
}
