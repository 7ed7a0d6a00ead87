package dev.platina.marketplace.impl.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Paths a catalogue may name: relative, inside the repository, no tricks. */
final class RepositoryPaths {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._\\-]+(/[A-Za-z0-9._\\-]+)*");

    private RepositoryPaths() {
    }

    static String check(String path) {
        if (path == null || !SAFE.matcher(path).matches() || path.contains("..")) {
            throw new PackageRejectedException("The catalogue names the file '" + path + "', which is not a plain"
                    + " relative path inside the repository.");
        }
        return path;
    }

    static Path resolve(Path root, String path) {
        Path file = root.resolve(check(path)).normalize();
        if (!file.startsWith(root)) {
            throw new PackageRejectedException("'" + path + "' points outside the repository.");
        }
        return file;
    }
}
