package dev.platina.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Looks into the running platform's JVM with {@code jcmd}: which classes it still has loaded. */
final class ServerJvm {

    private final long pid;

    ServerJvm(RunningPlatform platform) {
        this.pid = platform.karaf.jvm().pid();
    }

    /** Classes still loaded after full collections, which unload unreachable class loaders. */
    List<String> loadedClassesAfterFullGc(String prefix) throws IOException, InterruptedException {
        List<String> loaded = List.of();
        for (int attempt = 0; attempt < 5; attempt++) {
            jcmd("GC.run");
            loaded = jcmd("VM.class_hierarchy").lines().filter(l -> l.contains(prefix)).toList();
            if (loaded.isEmpty()) {
                return loaded;
            }
            Thread.sleep(2000);
        }
        return loaded;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("jcmd %s: %s", command, output).isZero();
        return output;
    }
}
