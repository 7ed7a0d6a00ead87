package dev.platina.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Installs and removes a skill over and over on a running platform, through its REST API as the operator, to show
 * that removing a skill gives back its classes and metaspace; and times install, upgrade and uninstall.
 *
 * <p>After a few warm-up cycles it takes a baseline (classes, class loaders, metaspace after full GCs, read with
 * jcmd), then runs the cycles: install the IBAN skill and wait until it serves, enable it for the operator's
 * organisation, call its REST resource once, uninstall it with force and wait until it is gone. Every 10 cycles
 * and at the end it samples again. If a repository offers iban 0.9.0 (the test fixtures), it then times upgrades
 * from 0.9.0 to 1.0.0. {@code --no-call} leaves out the call, to tell a leak through the API's JSON layer from
 * one in installing and removing.
 *
 * <pre>java -cp benchmarks.jar dev.platina.benchmarks.MarketplaceCycles http://127.0.0.1:8080 platform admin PASSWORD PID [CYCLES] [--no-call]</pre>
 */
public final class MarketplaceCycles {

    private static final String SKILL = "iban";
    private static final String SKILL_PACKAGE = "dev.platina.skill.iban";
    private static final String VERSION = "1.0.0";
    private static final String OLD_VERSION = "0.9.0";
    private static final String VALIDATION = "/v1/skills/iban/validation?iban=DE89370400440532013000";
    private static final int WARM_UP = 5;
    private static final int SAMPLE_EVERY = 10;
    private static final int UPGRADES = 10;
    private static final long TIMEOUT_MILLIS = 120_000;
    private static final long POLL_MILLIS = 50;

    private final PlatformClient api;
    private final boolean callsSkill;
    private final Map<String, List<Long>> millis = new LinkedHashMap<>();
    private final List<String> serverErrors = new ArrayList<>();

    private MarketplaceCycles(PlatformClient api, boolean callsSkill) {
        this.api = api;
        this.callsSkill = callsSkill;
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>(List.of(args));
        boolean callsSkill = !positional.remove("--no-call");
        if (positional.size() < 5) {
            System.err.println("usage: MarketplaceCycles ORIGIN ORGANIZATION USER PASSWORD PID [CYCLES] [--no-call]");
            System.exit(2);
        }
        int cycles = positional.size() > 5 ? Integer.parseInt(positional.get(5)) : 100;
        var bench = new MarketplaceCycles(
                PlatformClient.signIn(positional.get(0), positional.get(1), positional.get(2), positional.get(3)),
                callsSkill);
        var jvm = new JvmFootprint(Long.parseLong(positional.get(4)));

        long copySize = bench.warmUp(jvm);
        JvmFootprint.Sample baseline = jvm.afterFullGc(SKILL_PACKAGE);
        System.out.printf("%-14s %8s %7s %8s %14s %9s %12s %11s %10s%n", "after cycle", "classes", "delta",
                "loaders", "metaspace KiB", "delta", SKILL + " classes", SKILL + " copies", SKILL + " KiB");
        print("baseline", baseline, baseline);
        JvmFootprint.Sample half = baseline;
        JvmFootprint.Sample end = baseline;
        for (int i = 1; i <= cycles; i++) {
            bench.cycle();
            if (i % SAMPLE_EVERY == 0 || i == cycles) {
                end = jvm.afterFullGc(SKILL_PACKAGE);
                print(Integer.toString(i), baseline, end);
                if (i <= cycles / 2) {
                    half = end;
                }
            }
        }
        if (bench.offers(OLD_VERSION)) {
            for (int i = 0; i < UPGRADES; i++) {
                bench.upgradeCycle();
            }
            print(UPGRADES + " upgrades", baseline, jvm.afterFullGc(SKILL_PACKAGE));
        } else {
            System.out.printf("%nNo repository offers %s %s (add the test fixtures repository to"
                    + " etc/dev.platina.marketplace.cfg): upgrades not measured.%n", SKILL, OLD_VERSION);
        }
        bench.report(cycles, copySize, baseline, half, end);
    }

    /** Warm-up cycles, whose times are dropped; returns how many classes one copy of the skill loads. */
    private long warmUp(JvmFootprint jvm) throws Exception {
        removeIfInstalled();
        for (int i = 1; i < WARM_UP; i++) {
            cycle();
        }
        installAndUse(VERSION);
        JvmFootprint.PackageClasses installed = jvm.classesIn(SKILL_PACKAGE);
        uninstall();
        millis.clear();
        long copySize = installed.classes() / Math.max(installed.loaders(), 1);
        System.out.printf("%d warm-up cycles done%s; one copy of %s loads %d classes%n%n", WARM_UP,
                callsSkill ? "" : " (--no-call: the skill's resource is never called)", SKILL, copySize);
        return copySize;
    }

    private void report(int cycles, long copySize, JvmFootprint.Sample baseline, JvmFootprint.Sample half,
            JvmFootprint.Sample end) {
        System.out.printf("%n%-22s %5s %7s %7s %7s %7s  (ms)%n", "operation", "n", "min", "median", "p95", "max");
        millis.forEach((operation, times) -> System.out.printf("%-22s %5d %7d %7d %7d %7d%n", operation,
                times.size(), percentile(times, 0), percentile(times, 50), percentile(times, 95),
                percentile(times, 100)));
        System.out.printf("%nVERDICT %s after %d cycles: classes %d -> %d (%+d, %+d in the second half), metaspace %d"
                + " -> %d KiB (%+d, %+d in the second half), %s copies left %d holding %d KiB; install %s;"
                + " uninstall %s; upgrade %s; %d server errors while polling%n",
                grew(copySize, baseline, half, end) ? "GROWTH" : "NO GROWTH", cycles, baseline.classes(),
                end.classes(), end.classes() - baseline.classes(), end.classes() - half.classes(),
                baseline.metaspaceKib(), end.metaspaceKib(), end.metaspaceKib() - baseline.metaspaceKib(),
                end.metaspaceKib() - half.metaspaceKib(), SKILL, end.inPackage().loaders(),
                end.inPackage().metaspaceKib(), summary("install"), summary("uninstall"), summary("upgrade"),
                serverErrors.size());
        serverErrors.forEach(error -> System.out.println("  server error: " + error));
    }

    /**
     * Growth beyond noise: a copy of the skill still loaded after its removal, or classes that keep coming. The
     * platform loads some classes lazily in the first cycles (reflection accessors, lambda forms) and that levels
     * off, whereas a leak, even of part of a copy per cycle, adds at least a copy's classes over the second half.
     * Metaspace is judged through classes and loaders: without more of them it grows only by the JIT's profiles of
     * methods already loaded, which is bounded (a run of the platform with -XX:TieredStopAtLevel=1 keeps it flat).
     */
    private static boolean grew(long copySize, JvmFootprint.Sample baseline, JvmFootprint.Sample half,
            JvmFootprint.Sample end) {
        return end.inPackage().loaders() > baseline.inPackage().loaders()
                || end.classes() - half.classes() >= Math.max(copySize, 1);
    }

    private void cycle() throws Exception {
        installAndUse(VERSION);
        time("uninstall", this::uninstall);
    }

    /** Installs a version, enables it for the operator's organisation and calls it; times are kept per version. */
    private void installAndUse(String version) throws Exception {
        String of = version.equals(VERSION) ? "" : " " + version;
        time("install" + of, () -> install(version));
        time("enable" + of, () -> api.send("PUT", "/v1/marketplace/skills/" + SKILL + "/enablement", Map.of())
                .expect(200));
        if (callsSkill) {
            time("first call" + of, () -> callSkill(version));
        }
    }

    /** Installs 0.9.0, upgrades it to 1.0.0 while the organisation uses it, and removes it. */
    private void upgradeCycle() throws Exception {
        installAndUse(OLD_VERSION);
        Map<String, Object> upgrade = time("upgrade", () -> install(VERSION));
        if (!"UPGRADE".equals(upgrade.get("action"))) {
            throw new IllegalStateException("Installing " + VERSION + " over " + OLD_VERSION + " was not an upgrade: "
                    + upgrade);
        }
        if (callsSkill) {
            callSkill(VERSION);
        }
        time("uninstall upgraded", this::uninstall);
    }

    /** Starts an installation and polls it until the skill serves; a failed one ends the run. */
    private Map<String, Object> install(String version) throws Exception {
        Map<String, Object> job = api.send("POST", "/v1/marketplace/installations",
                Map.of("skillId", SKILL, "version", version)).expect(202);
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            PlatformClient.Reply reply = poll("/v1/marketplace/installations/" + job.get("id"));
            Map<String, Object> state = reply.status() >= 500 ? Map.of() : reply.expect(200);
            if ("INSTALLED".equals(state.get("state"))) {
                return state;
            }
            if ("FAILED".equals(state.get("state"))) {
                throw new IllegalStateException("Installing " + SKILL + " " + version + " failed: " + state);
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new IllegalStateException("Installing " + SKILL + " " + version + " did not finish in "
                + TIMEOUT_MILLIS / 1000 + " s");
    }

    private Object callSkill(String version) throws Exception {
        Map<String, Object> answer = api.get(VALIDATION).expect(200);
        if (!Boolean.TRUE.equals(answer.get("valid")) || !version.equals(answer.get("skillVersion"))) {
            throw new IllegalStateException("Expected a valid IBAN from " + SKILL + " " + version + ": " + answer);
        }
        return answer;
    }

    /** Removes the skill (with force, which also disables it) and waits until neither list nor resource has it. */
    private Void uninstall() throws Exception {
        api.send("DELETE", "/v1/marketplace/skills/" + SKILL + "?force=true", null).expect(204);
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!gone()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException(SKILL + " still there " + TIMEOUT_MILLIS / 1000
                        + " s after uninstalling it");
            }
            Thread.sleep(POLL_MILLIS);
        }
        return null;
    }

    private boolean gone() throws Exception {
        PlatformClient.Reply skills = poll("/v1/marketplace/skills");
        return skills.status() < 500 && !lists(skills.expect(200)) && poll(VALIDATION).status() == 404;
    }

    private void removeIfInstalled() throws Exception {
        if (lists(api.get("/v1/marketplace/skills").expect(200))) {
            api.send("DELETE", "/v1/marketplace/skills/" + SKILL + "?force=true", null).expect(204);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean lists(Map<String, Object> installedSkills) {
        var items = (List<Map<String, Object>>) installedSkills.get("items");
        return items.stream().anyMatch(skill -> SKILL.equals(skill.get("id")));
    }

    /**
     * A GET while skills change. The API is remounted meanwhile and a request can meet an endpoint being torn down
     * (HTTP 500 from the servlet): such answers are kept for the report, not hidden, and the polling goes on.
     */
    private PlatformClient.Reply poll(String path) throws Exception {
        PlatformClient.Reply reply = api.get(path);
        if (reply.status() >= 500) {
            serverErrors.add(reply.request() + " -> " + reply.status() + " " + reply.body().replaceAll("\\s+", " "));
        }
        return reply;
    }

    @SuppressWarnings("unchecked")
    private boolean offers(String version) throws Exception {
        var items = (List<Map<String, Object>>) api.get("/v1/marketplace/catalog?query=" + SKILL).expect(200)
                .get("items");
        return items.stream().filter(skill -> SKILL.equals(skill.get("id")))
                .flatMap(skill -> ((List<Map<String, Object>>) skill.get("versions")).stream())
                .anyMatch(v -> version.equals(v.get("version")));
    }

    private <T> T time(String operation, Callable<T> work) throws Exception {
        long start = System.nanoTime();
        T result = work.call();
        millis.computeIfAbsent(operation, key -> new ArrayList<>()).add((System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private String summary(String operation) {
        List<Long> times = millis.get(operation);
        return times == null ? "not measured" : String.format("min %d / median %d / p95 %d / max %d ms",
                percentile(times, 0), percentile(times, 50), percentile(times, 95), percentile(times, 100));
    }

    /** Nearest-rank percentile; 0 is the minimum. */
    private static long percentile(List<Long> values, int percent) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank - 1, 0));
    }

    private static void print(String label, JvmFootprint.Sample baseline, JvmFootprint.Sample sample) {
        System.out.printf("%-14s %8d %+7d %8d %14d %+9d %12d %11d %10d%n", label, sample.classes(),
                sample.classes() - baseline.classes(), sample.loaders(), sample.metaspaceKib(),
                sample.metaspaceKib() - baseline.metaspaceKib(), sample.inPackage().classes(),
                sample.inPackage().loaders(), sample.inPackage().metaspaceKib());
    }
}
