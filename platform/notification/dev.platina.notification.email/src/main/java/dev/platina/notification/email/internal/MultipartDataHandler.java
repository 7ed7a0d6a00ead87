package dev.platina.notification.email.internal;

import jakarta.activation.ActivationDataFlavor;
import jakarta.activation.CommandInfo;
import jakarta.activation.CommandMap;
import jakarta.activation.DataContentHandler;
import jakarta.activation.DataHandler;
import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Carries a multipart as message content without Jakarta Activation's mailcap registry. Inside OSGi that registry
 * is found only through a ServiceLoader mediator (SPI Fly) or a fitting context class loader; needing neither keeps
 * sending independent of how the container happens to be set up. The parts inside carry their bytes as data
 * sources, which need no content handler at all.
 */
final class MultipartDataHandler {

    private static final CommandMap WRITES_MULTIPARTS = new CommandMap() {
        @Override
        public CommandInfo[] getPreferredCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo[] getAllCommands(String mimeType) {
            return new CommandInfo[0];
        }

        @Override
        public CommandInfo getCommand(String mimeType, String cmdName) {
            return null;
        }

        @Override
        public DataContentHandler createDataContentHandler(String mimeType) {
            return mimeType.toLowerCase(Locale.ROOT).startsWith("multipart/") ? new Writer() : null;
        }
    };

    private MultipartDataHandler() {
    }

    static DataHandler of(MimeMultipart multipart) {
        var handler = new DataHandler(multipart, multipart.getContentType());
        handler.setCommandMap(WRITES_MULTIPARTS);
        return handler;
    }

    private static final class Writer implements DataContentHandler {
        @Override
        public ActivationDataFlavor[] getTransferDataFlavors() {
            return new ActivationDataFlavor[0];
        }

        @Override
        public Object getTransferData(ActivationDataFlavor flavor, DataSource source) {
            return null;
        }

        @Override
        public Object getContent(DataSource source) throws IOException {
            throw new IOException("reading multiparts is not needed for sending");
        }

        @Override
        public void writeTo(Object content, String mimeType, OutputStream out) throws IOException {
            try {
                ((Multipart) content).writeTo(out);
            } catch (MessagingException e) {
                throw new IOException(e);
            }
        }
    }
}
