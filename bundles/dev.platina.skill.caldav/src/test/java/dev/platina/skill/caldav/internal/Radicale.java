package dev.platina.skill.caldav.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Radicale CalDAV server (Debian's {@code /usr/bin/radicale}) on a free loopback port, with its own storage
 * folder and a plain htpasswd file holding one user, and one calendar collection. It can be stopped and started
 * again on the same port and storage, as for an outage. Its own requests stand for another CalDAV client (a phone)
 * changing the calendar.
 */
final class Radicale implements AutoCloseable {
    static final String USER = "alice";
    static final String PASSWORD = "correct horse battery staple";

    private final Path home;
    private final int port;
    private Process process;

    Radicale(Path home) throws IOException {
        this.home = home;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            this.port = free.getLocalPort();
        }
        Files.writeString(home.resolve("users"), USER + ":" + PASSWORD + "\n");
        Files.writeString(home.resolve("config"), """
                [server]
                hosts = 127.0.0.1:%d
                [auth]
                type = htpasswd
                htpasswd_filename = %s
                htpasswd_encryption = plain
                delay = 0
                [rights]
                type = owner_only
                [storage]
                filesystem_folder = %s
                [web]
                type = none
                [logging]
                level = warning
                """.formatted(port, home.resolve("users"), home.resolve("collections")));
    }

    void start() throws IOException, InterruptedException {
        process = new ProcessBuilder("/usr/bin/radicale", "--config", home.resolve("config").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("log")
                        .toFile())).start();
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Radicale did not start: " + Files.readString(home.resolve("log")));
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Radicale did not answer on port " + port + " within 20 s");
                }
                Thread.sleep(100);
            }
        }
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    String origin() {
        return "http://127.0.0.1:" + port;
    }

    String calendarUrl() {
        return origin() + "/" + USER + "/work/";
    }

    void makeCalendar() throws IOException, InterruptedException {
        HttpResponse<String> made = send("MKCALENDAR", "/" + USER + "/work/", null, null);
        if (made.statusCode() != 201) {
            throw new IllegalStateException("MKCALENDAR answered " + made.statusCode() + ": " + made.body());
        }
    }

    /** Stores an entry as another client would; returns its ETag without quotes. */
    String put(String name, String calendar) throws IOException, InterruptedException {
        HttpResponse<String> stored = send("PUT", "/" + USER + "/work/" + name, "text/calendar", calendar);
        if (stored.statusCode() / 100 != 2) {
            throw new IllegalStateException("PUT answered " + stored.statusCode() + ": " + stored.body());
        }
        return CalDavClient.unquoted(stored.headers().firstValue("ETag").orElseThrow());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, null);
    }

    void delete(String name) throws IOException, InterruptedException {
        send("DELETE", "/" + USER + "/work/" + name, null, null);
    }

    /** The hrefs of the calendar's entries. */
    List<String> entries() throws IOException, InterruptedException {
        HttpResponse<String> listing = send("PROPFIND", "/" + USER + "/work/", "application/xml",
                "<?xml version=\"1.0\"?><d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>");
        var hrefs = new ArrayList<String>();
        Matcher href = Pattern.compile("<href>([^<]+)</href>").matcher(listing.body());
        while (href.find()) {
            if (!href.group(1).endsWith("/")) {
                hrefs.add(href.group(1));
            }
        }
        return hrefs;
    }

    private HttpResponse<String> send(String method, String path, String type, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (method.equals("PROPFIND")) {
            request.header("Depth", "1");
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        // A client of its own each time: Radicale closes every connection after answering, and a pooled one can be
        // picked up again before the client notices ("header parser received no bytes").
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
