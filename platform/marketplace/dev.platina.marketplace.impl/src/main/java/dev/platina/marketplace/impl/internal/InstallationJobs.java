package dev.platina.marketplace.impl.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs changes to the installed skills one at a time, in the order they were asked for, and remembers the latest
 * installations so their progress can be polled.
 */
final class InstallationJobs {

    private static final int KEPT = 500;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "platina-marketplace");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, InstallationJob> jobs = new LinkedHashMap<>();

    synchronized InstallationJob submit(InstallationJob job, Runnable work) {
        jobs.put(job.id(), job);
        while (jobs.size() > KEPT) {
            UUID oldest = jobs.keySet().iterator().next();
            jobs.remove(oldest);
        }
        worker.execute(work);
        return job;
    }

    /** Runs other work (an uninstall) in the same queue, so it never overlaps an installation. */
    <T> Future<T> run(Callable<T> work) {
        return worker.submit(work);
    }

    synchronized Optional<InstallationJob> find(UUID id) {
        return Optional.ofNullable(jobs.get(id));
    }

    void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
