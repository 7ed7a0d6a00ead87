package dev.platina.notification.email.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server on loopback that answers chosen commands with chosen replies (GreenMail accepts every recipient),
 * e.g. {@code RCPT -> "550 5.1.1 no such user"}, and {@code .} for the answer after the message data.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Map<String, String> replies;
    private final List<String> commands = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(Map<String, String> replies) throws IOException {
        this.replies = replies;
        this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        var acceptor = new Thread(this::serve, "scripted-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    List<String> commands() {
        return commands;
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                converse(client);
            } catch (IOException e) {
                // closed by the test, or the client hung up
            }
        }
    }

    private void converse(Socket client) throws IOException {
        var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        reply(out, "220 scripted ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.split("[ :]", 2)[0].toUpperCase(Locale.ROOT);
            commands.add(verb);
            switch (verb) {
                case "EHLO", "HELO" -> reply(out, "250 scripted");
                case "DATA" -> {
                    String answer = replies.getOrDefault("DATA", "354 go ahead");
                    reply(out, answer);
                    if (answer.startsWith("354")) {
                        while (!".".equals(in.readLine())) {
                            // the message itself is of no interest here
                        }
                        reply(out, replies.getOrDefault(".", "250 queued"));
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, replies.getOrDefault(verb, "250 OK"));
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
