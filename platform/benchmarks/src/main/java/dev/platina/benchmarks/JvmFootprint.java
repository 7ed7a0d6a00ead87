package dev.platina.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Class and metaspace figures of another JVM (the platform's), read with {@code jcmd} after full collections, so
 * that what is left counts only what is still reachable.
 */
final class JvmFootprint {

    private static final Pattern COUNTER = Pattern.compile("^java\\.cls\\.(\\w+)=(\\d+)$", Pattern.MULTILINE);
    private static final Pattern METASPACE_USED = Pattern.compile("Metaspace\\s+used (\\d+)K");
    private static final Pattern LOADERS = Pattern.compile("Total Usage - (\\d+) loaders");
    /** A loader's entry in VM.metaspace show-loaders, up to the "used" figure of its line "Both:". */
    private static final Pattern LOADER_USED = Pattern.compile(
            "CLD (0x\\p{XDigit}+):[^\\n]*\\n(?:[^\\n]*\\n){2}\\s*Both:[^\\n]*?committed,\\s+([\\d.]+) (bytes|KB|MB) \\(");

    private final long pid;

    JvmFootprint(long pid) {
        this.pid = pid;
    }

    /**
     * @param classes loaded classes (as {@code ClassLoadingMXBean.getLoadedClassCount} counts them)
     * @param loaders class loaders that still own metaspace
     * @param metaspaceKib metaspace in use
     * @param inPackage the loaded classes of the package asked for
     */
    record Sample(long classes, long loaders, long metaspaceKib, PackageClasses inPackage) {
    }

    /** Classes of one package, how many class loaders (copies of the package) hold them, and their metaspace. */
    record PackageClasses(long classes, long loaders, long metaspaceKib) {
    }

    /** A sample after two full GCs: class loaders become unreachable in one and are unloaded in a later one. */
    Sample afterFullGc(String packagePrefix) throws Exception {
        jcmd("GC.run");
        jcmd("GC.run");
        long classes = 0;
        Matcher counter = COUNTER.matcher(jcmd("PerfCounter.print"));
        while (counter.find()) {
            long value = Long.parseLong(counter.group(2));
            switch (counter.group(1)) {
                case "loadedClasses", "sharedLoadedClasses" -> classes += value;
                case "unloadedClasses", "sharedUnloadedClasses" -> classes -= value;
                default -> { }
            }
        }
        long metaspaceKib = first(METASPACE_USED, jcmd("GC.heap_info"));
        String perLoader = jcmd("VM.metaspace show-loaders");
        return new Sample(classes, first(LOADERS, perLoader), metaspaceKib, classesIn(packagePrefix, perLoader));
    }

    /** The classes of a package (and its subpackages) loaded now, e.g. a skill's while it is installed. */
    PackageClasses classesIn(String packagePrefix) throws Exception {
        return classesIn(packagePrefix, jcmd("VM.metaspace show-loaders"));
    }

    /**
     * Each line of {@code VM.class_hierarchy} names a class and ends with the address of its loader's data, which
     * {@code VM.metaspace show-loaders} lists with the metaspace it uses: so the copies of a package (a skill's
     * bundle each time it was installed) and their metaspace can be told apart from the rest.
     */
    private PackageClasses classesIn(String packagePrefix, String perLoader) throws Exception {
        Matcher matcher = Pattern.compile("--" + Pattern.quote(packagePrefix + ".") + "\\S*/(0x\\p{XDigit}+)")
                .matcher(jcmd("VM.class_hierarchy"));
        long classes = 0;
        Set<String> loaders = new HashSet<>();
        while (matcher.find()) {
            classes++;
            loaders.add(matcher.group(1));
        }
        double kib = 0;
        Matcher loader = LOADER_USED.matcher(perLoader);
        while (loader.find()) {
            if (loaders.contains(loader.group(1))) {
                kib += Double.parseDouble(loader.group(2)) * switch (loader.group(3)) {
                    case "KB" -> 1;
                    case "MB" -> 1024;
                    default -> 1.0 / 1024;
                };
            }
        }
        return new PackageClasses(classes, loaders.size(), Math.round(kib));
    }

    private static long first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("jcmd output without " + pattern + ": " + text);
        }
        return Long.parseLong(matcher.group(1));
    }

    private String jcmd(String command) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + pid + " " + command + " failed: " + output);
        }
        return output;
    }
}
