package dev.platina.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** An unpacked distribution started with {@code bin/karaf server}, as an operator would. */
final class KarafProcess {

    private final Process script;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private KarafProcess(Process script, int port) {
        this.script = script;
        this.port = port;
    }

    static KarafProcess start(Path home, int port, Path console) throws IOException {
        return start(home, port, console, Map.of());
    }

    static KarafProcess start(Path home, int port, Path console, Map<String, String> extraEnvironment)
            throws IOException {
        var builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(console.toFile()));
        Map<String, String> env = builder.environment();
        env.put("PLATINA_HTTP_PORT", Integer.toString(port));
        env.put("PLATINA_API_PORT", Integer.toString(FreePort.find()));
        env.remove("PLATINA_DB_URL");
        env.remove("PLATINA_ADMIN_PASSWORD");
        env.putAll(extraEnvironment);
        return new KarafProcess(builder.start(), port);
    }

    /** Waits until {@code /api/health} answers 200 and returns the time that took from now. */
    Duration awaitHealthy(Duration timeout) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!script.isAlive()) {
                throw new AssertionError("bin/karaf exited with " + script.exitValue() + " before it was healthy");
            }
            try {
                HttpResponse<String> response = get("/api/health");
                if (response.statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - started);
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Not healthy within " + timeout.toSeconds() + " s; last answer: " + last);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** The JVM the script started; stopping the script alone would leave it running. */
    ProcessHandle jvm() {
        return script.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("bin/karaf started no java process"));
    }

    /** SIGTERM to the JVM, as a service manager sends it; returns once the JVM and the script have ended. */
    void stopGracefully(Duration timeout) throws Exception {
        ProcessHandle jvm = jvm();
        jvm.destroy();
        jvm.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!script.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("bin/karaf did not exit after its JVM stopped");
        }
    }

    /** SIGKILL to the JVM: no shutdown code runs, as in a crash or an OOM kill. */
    void kill() throws Exception {
        ProcessHandle jvm = jvm();
        jvm.destroyForcibly();
        jvm.onExit().get(30, TimeUnit.SECONDS);
        script.waitFor(30, TimeUnit.SECONDS);
    }

    /**
     * Stops whatever is left, for clean-up after a failed test: gracefully first, so the embedded database stops
     * with it, then by force.
     */
    void destroy() {
        try {
            if (script.isAlive()) {
                stopGracefully(Duration.ofSeconds(30));
            }
        } catch (Exception | AssertionError e) {
            // fall through to force
        }
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
    }

    Optional<Long> jvmPid() {
        return script.descendants().filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst().map(ProcessHandle::pid);
    }
}
