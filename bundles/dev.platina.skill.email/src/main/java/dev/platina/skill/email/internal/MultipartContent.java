package dev.platina.skill.email.internal;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A multipart as a message's content that writes itself. A plain {@code DataHandler} would look up a content handler
 * for {@code multipart/*} in Jakarta Activation's mailcap registry, which inside OSGi is found only with a
 * ServiceLoader mediator; the parts inside carry their bytes as data sources, which need no handler at all.
 */
final class MultipartContent extends DataHandler {

    private final MimeMultipart multipart;

    MultipartContent(MimeMultipart multipart) {
        super(multipart, multipart.getContentType());
        this.multipart = multipart;
    }

    @Override
    public Object getContent() {
        return multipart;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try {
            multipart.writeTo(out);
        } catch (MessagingException e) {
            throw new IOException(e);
        }
    }
}
