package dev.platina.persistence.postgres.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server owned by this process, with its data in one directory that survives restarts.
 *
 * <p>The directory holds {@code runtime/} (the unpacked binaries), {@code data/} (the cluster),
 * {@code superuser.password} (owner-readable only) and a lock file that keeps a second Platina process off the
 * same cluster. The server listens on 127.0.0.1 only, has no Unix socket and requires SCRAM passwords, so other
 * local users cannot reach the data without the password file.
 */
final class EmbeddedPostgres implements AutoCloseable {

    static final String SUPERUSER = "platina_admin";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String SETTINGS_FILE = "platina.conf";

    private final Path directory;
    private final Path dataDirectory;
    private final PostgresBinaries binaries;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private int port;
    private boolean running;

    private EmbeddedPostgres(Path directory, PostgresBinaries binaries, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.dataDirectory = directory.resolve("data");
        this.binaries = binaries;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts the server on {@code port} (0 picks a free loopback port), creating the cluster on first use and
     * stopping a server left running by a previous process that was killed.
     */
    static EmbeddedPostgres start(Path directory, int port) throws IOException {
        return start(directory, directory.resolve("runtime"), port);
    }

    /** As {@link #start(Path, int)}, with the binaries unpacked into {@code runtimeDirectory}. */
    static EmbeddedPostgres start(Path directory, Path runtimeDirectory, int port) throws IOException {
        Files.createDirectories(directory);
        restrictToOwner(directory);
        FileChannel channel = FileChannel.open(directory.resolve("platina.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException("The embedded database in " + directory + " is in use by another Platina process."
                    + " Stop that process, or give this one its own data directory.");
        }
        var server = new EmbeddedPostgres(directory, PostgresBinaries.unpackInto(runtimeDirectory),
                channel, lock);
        try {
            server.initializeIfNeeded();
            server.writeSettings();
            server.stopOrphanedServer();
            server.startServer(port);
            return server;
        } catch (IOException | RuntimeException e) {
            server.releaseLock();
            throw e;
        }
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String superuserPassword() throws IOException {
        return Files.readString(passwordFile(), StandardCharsets.UTF_8).trim();
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (running) {
                Optional<ProcessHandle> postmaster = postmaster();
                stopServer("fast");
                running = false;
                awaitExit(postmaster);
                LOG.info("Embedded PostgreSQL stopped");
            }
        } finally {
            releaseLock();
        }
    }

    /** Lets go of the data directory but leaves the server running, as a killed process would. For tests. */
    synchronized void abandon() throws IOException {
        running = false;
        releaseLock();
    }

    private void initializeIfNeeded() throws IOException {
        if (Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            return;
        }
        // A data directory without PG_VERSION is the remains of an initdb that did not finish.
        PostgresBinaries.deleteRecursively(dataDirectory);
        writePassword();
        LOG.info("Creating the embedded PostgreSQL cluster in {}", dataDirectory);
        PostgresCommand.runOrFail(START_TIMEOUT, List.of(binaries.executable("initdb").toString(),
                "--pgdata=" + dataDirectory, "--username=" + SUPERUSER, "--auth=scram-sha-256",
                "--pwfile=" + passwordFile(), "--encoding=UTF8", "--no-locale", "--no-instructions"));
        Files.writeString(dataDirectory.resolve("postgresql.conf"), "\ninclude '" + SETTINGS_FILE + "'\n",
                StandardOpenOption.APPEND);
    }

    private void writeSettings() throws IOException {
        Files.writeString(dataDirectory.resolve(SETTINGS_FILE), String.join("\n",
                "# Written by Platina at every start; changes here are overwritten.",
                "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = ''",
                "password_encryption = 'scram-sha-256'",
                "max_connections = 100",
                "logging_collector = on",
                "log_directory = 'log'",
                "log_filename = 'postgresql-%a.log'",
                "log_truncate_on_rotation = on",
                "log_rotation_age = 1d",
                "log_rotation_size = 0",
                ""));
    }

    private void writePassword() throws IOException {
        var bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        Path file = passwordFile();
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "\n");
    }

    private void stopOrphanedServer() throws IOException {
        if (!Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            return;
        }
        var status = PostgresCommand.run(STOP_TIMEOUT, List.of(binaries.executable("pg_ctl").toString(), "status",
                "--pgdata=" + dataDirectory));
        if (status.succeeded()) {
            // We hold the lock, so this server was started by a Platina process that died without stopping it.
            LOG.warn("Stopping an embedded PostgreSQL left running by a previous Platina process");
            if (!stopServer("fast")) {
                stopServer("immediate");
            }
        }
    }

    private void startServer(int requestedPort) throws IOException {
        int attempts = requestedPort == 0 ? 3 : 1;
        IOException failure = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            int candidate = requestedPort == 0 ? freeLoopbackPort() : requestedPort;
            long started = System.nanoTime();
            var result = PostgresCommand.run(START_TIMEOUT, List.of(binaries.executable("pg_ctl").toString(), "start",
                    "--pgdata=" + dataDirectory, "--log=" + directory.resolve("startup.log"), "--wait",
                    "--timeout=" + START_TIMEOUT.toSeconds(), "-o", "-p " + candidate));
            if (result.succeeded()) {
                port = candidate;
                running = true;
                LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} in {} ms (data in {})", port,
                        (System.nanoTime() - started) / 1_000_000, dataDirectory);
                return;
            }
            failure = new IOException("The embedded PostgreSQL did not start on port " + candidate + ": "
                    + result.output() + "\n" + tail(directory.resolve("startup.log")));
        }
        throw failure;
    }

    private boolean stopServer(String mode) throws IOException {
        var result = PostgresCommand.run(STOP_TIMEOUT, List.of(binaries.executable("pg_ctl").toString(), "stop",
                "--pgdata=" + dataDirectory, "--mode=" + mode, "--wait", "--timeout=" + STOP_TIMEOUT.toSeconds()));
        if (!result.succeeded()) {
            LOG.warn("pg_ctl stop --mode={} failed: {}", mode, result.output());
        }
        return result.succeeded();
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    }

    /** pg_ctl returns once the pid file is gone, a moment before the postmaster has exited. */
    private static void awaitExit(Optional<ProcessHandle> postmaster) {
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.warn("The embedded PostgreSQL (pid {}) did not exit within {} s", process.pid(),
                        STOP_TIMEOUT.toSeconds());
            }
        });
    }

    private void releaseLock() throws IOException {
        if (lock.isValid()) {
            lock.release();
        }
        lockChannel.close();
    }

    private Path passwordFile() {
        return directory.resolve("superuser.password");
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void restrictToOwner(Path directory) throws IOException {
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    }
}
