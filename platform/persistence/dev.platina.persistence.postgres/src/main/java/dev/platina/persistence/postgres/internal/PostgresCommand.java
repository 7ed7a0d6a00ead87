package dev.platina.persistence.postgres.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a PostgreSQL program and collects its output. PostgreSQL refuses to run as root; as root the program
 * runs in a fresh user namespace ({@code unshare -U}) where it is not root but still owns its files.
 */
final class PostgresCommand {

    record Result(int exitCode, String output) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private static final boolean RUNNING_AS_ROOT = detectRoot();

    private PostgresCommand() {
    }

    static Result run(Duration timeout, List<String> command) throws IOException {
        var full = new ArrayList<String>();
        if (RUNNING_AS_ROOT) {
            full.add("unshare");
            full.add("-U");
        }
        full.addAll(command);
        Path output = Files.createTempFile("platina-pg-", ".log");
        try {
            Process process = new ProcessBuilder(full)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8).trim());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    static Result runOrFail(Duration timeout, List<String> command) throws IOException {
        Result result = run(timeout, command);
        if (!result.succeeded()) {
            String hint = RUNNING_AS_ROOT && result.output().contains("unshare")
                    ? " Running as root needs user namespaces (unshare -U); run Platina as a normal user or set"
                            + " PLATINA_DB_URL to use an external PostgreSQL."
                    : "";
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed with exit code " + result.exitCode()
                    + ": " + result.output() + hint);
        }
        return result;
    }

    private static boolean detectRoot() {
        try {
            // /proc/self belongs to the uid the process runs as.
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
