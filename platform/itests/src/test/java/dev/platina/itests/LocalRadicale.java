package dev.platina.itests;

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
import java.util.Base64;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Radicale CalDAV server on a free loopback port with one user and one calendar; its own PUTs stand for
 * a person adding a meeting on their phone.
 */
final class LocalRadicale implements AutoCloseable {
    static final String USER = "rep";
    static final String PASSWORD = "radicale-it-password";

    private final Path home;
    private final int port;
    private final Process process;

    LocalRadicale() throws IOException, InterruptedException {
        home = Files.createTempDirectory("radicale-it");
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.writeString(home.resolve("users"), USER + ":" + PASSWORD + "\n");
        Files.writeString(home.resolve("config"), String.join("\n", "[server]", "hosts = 127.0.0.1:" + port,
                "[auth]", "type = htpasswd", "htpasswd_filename = " + home.resolve("users"),
                "htpasswd_encryption = plain", "delay = 0", "[rights]", "type = owner_only", "[storage]",
                "filesystem_folder = " + home.resolve("collections"), "[web]", "type = none", "[logging]",
                "level = warning", ""));
        if (!Files.isExecutable(Path.of("/usr/bin/radicale"))) {
            throw new IllegalStateException("This test needs Debian's Radicale: apt-get install radicale");
        }
        process = new ProcessBuilder("/usr/bin/radicale", "--config", home.resolve("config").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("log").toFile()).start();
        Instant giveUp = Instant.now().plusSeconds(20);
        while (true) {
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                break;
            } catch (IOException notYet) {
                if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("Radicale did not start: " + Files.readString(home.resolve(
                            "log")));
                }
                Thread.sleep(100);
            }
        }
        int made = send("MKCALENDAR", "/" + USER + "/work/", null).statusCode();
        if (made != 201) {
            throw new IllegalStateException("MKCALENDAR answered " + made);
        }
    }

    String calendarUrl() {
        return "http://127.0.0.1:" + port + "/" + USER + "/work/";
    }

    /** A meeting on the calendar, as another client stores it. */
    void addMeeting(String uid, String summary, Instant start, Duration length) throws Exception {
        String stamp = "yyyyMMdd'T'HHmmss'Z'";
        var format = java.time.format.DateTimeFormatter.ofPattern(stamp).withZone(java.time.ZoneOffset.UTC);
        String calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Platina IT//EN",
                "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + format.format(Instant.now()),
                "DTSTART:" + format.format(start), "DTEND:" + format.format(start.plus(length)),
                "SUMMARY:" + summary, "END:VEVENT", "END:VCALENDAR", "");
        int stored = send("PUT", "/" + USER + "/work/" + uid + ".ics", calendar).statusCode();
        if (stored / 100 != 2) {
            throw new IllegalStateException("PUT answered " + stored);
        }
    }

    private HttpResponse<String> send(String method, String path, String calendar) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (calendar == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "text/calendar; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(calendar));
        }
        // A client of its own each time: Radicale closes every connection after answering, and a pooled one can be
        // picked up again before the client notices ("header parser received no bytes").
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
