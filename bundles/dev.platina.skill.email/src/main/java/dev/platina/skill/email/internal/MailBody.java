package dev.platina.skill.email.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a received mail says: its plain text (from the HTML when it has no plain part), capped at 100 KB, and the
 * names and sizes of its attachments, never their contents. Parts are read as decoded bytes rather than through
 * Jakarta Activation's content handlers, which are not reliably found inside OSGi.
 */
final class MailBody {

    /** The most text an event carries, in UTF-8 bytes. */
    static final int LONGEST_TEXT = 100 * 1024;
    private static final int MOST_BYTES_READ = 1024 * 1024;
    private static final int DEEPEST_NESTING = 10;

    private String plain;
    private String html;
    private final List<Map<String, Object>> attachments = new ArrayList<>();

    private MailBody() {
    }

    static MailBody of(Part message) throws MessagingException, IOException {
        var body = new MailBody();
        body.walk(message, 0);
        return body;
    }

    /** The plain text, or the HTML's text; at most {@link #LONGEST_TEXT} bytes. */
    String text() {
        String text = plain != null ? plain : html != null ? HtmlText.toPlain(html) : "";
        return capped(text.strip());
    }

    boolean truncated() {
        String text = plain != null ? plain : html != null ? HtmlText.toPlain(html) : "";
        return text.strip().getBytes(StandardCharsets.UTF_8).length > LONGEST_TEXT;
    }

    List<Map<String, Object>> attachments() {
        return List.copyOf(attachments);
    }

    private void walk(Part part, int depth) throws MessagingException, IOException {
        if (depth > DEEPEST_NESTING) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            // The data source form works for IMAP messages (parts fetched one by one) and parsed ones alike.
            var multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), depth + 1);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (!attached && part.isMimeType("text/plain") && plain == null) {
            plain = read(part);
        } else if (!attached && part.isMimeType("text/html") && html == null) {
            html = read(part);
        } else if (attached || part.isMimeType("message/rfc822")) {
            attachments.add(attachment(part));
        }
    }

    private static Map<String, Object> attachment(Part part) throws MessagingException {
        var attachment = new LinkedHashMap<String, Object>();
        String name = part.getFileName();
        if (name != null && name.contains("=?")) {
            try {
                name = MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                // keep the name as it came
            }
        }
        attachment.put("name", name == null ? (part.isMimeType("message/rfc822") ? "message.eml" : "") : name);
        attachment.put("size", decodedSize(part));
        attachment.put("contentType", baseType(part.getContentType()));
        return attachment;
    }

    /** Roughly: the server reports the encoded size, and base64 takes four bytes for every three plus line breaks. */
    private static long decodedSize(Part part) throws MessagingException {
        long size = part.getSize();
        if (size < 0) {
            return -1;
        }
        boolean base64 = part instanceof MimePart mime && "base64".equalsIgnoreCase(mime.getEncoding());
        return base64 ? size * 3 / 4 * 76 / 78 : size;
    }

    private static String read(Part part) throws MessagingException, IOException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            var out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while (out.size() < MOST_BYTES_READ && (n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
            }
            bytes = out.toByteArray();
        }
        return new String(bytes, charset(part.getContentType()));
    }

    private static Charset charset(String contentType) {
        try {
            String name = new ContentType(contentType).getParameter("charset");
            if (name != null) {
                return Charset.forName(MimeUtility.javaCharset(name.strip()));
            }
        } catch (ParseException | IllegalArgumentException e) {
            // an unknown or malformed charset reads as UTF-8, the likeliest today
        }
        return StandardCharsets.UTF_8;
    }

    private static String baseType(String contentType) {
        try {
            return new ContentType(contentType).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | NullPointerException e) {
            return "application/octet-stream";
        }
    }

    /** At most {@link #LONGEST_TEXT} bytes of UTF-8, cut between characters. */
    static String capped(String text) {
        if (text.length() * 3L <= LONGEST_TEXT || text.getBytes(StandardCharsets.UTF_8).length <= LONGEST_TEXT) {
            return text;
        }
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > LONGEST_TEXT) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
