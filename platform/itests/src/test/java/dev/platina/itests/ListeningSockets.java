package dev.platina.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP sockets a process listens on, read from Linux's /proc (no tool needed). */
final class ListeningSockets {

    private static final String LISTEN = "0A";

    private ListeningSockets() {
    }

    /** Local addresses ("127.0.0.1:8080", "0.0.0.0:8101", ...) on which {@code pid} listens. */
    static List<String> of(long pid) throws IOException {
        Set<String> inodes = socketInodes(pid);
        var addresses = new ArrayList<String>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals(LISTEN) && inodes.contains(fields[9])) {
                    addresses.add(decode(fields[1]));
                }
            }
        }
        return addresses;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        var inodes = new HashSet<String>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed between listing and reading
                }
            }
        }
        return inodes;
    }

    /** "0100007F:1F90" -> "127.0.0.1:8080"; IPv6 addresses keep their words in kernel order. */
    private static String decode(String hexAddress) {
        String[] parts = hexAddress.split(":");
        int port = Integer.parseInt(parts[1], 16);
        String ip = parts[0];
        if (ip.length() == 8) {
            return Integer.parseInt(ip.substring(6, 8), 16) + "." + Integer.parseInt(ip.substring(4, 6), 16) + "."
                    + Integer.parseInt(ip.substring(2, 4), 16) + "." + Integer.parseInt(ip.substring(0, 2), 16)
                    + ":" + port;
        }
        return ipv6(ip) + ":" + port;
    }

    private static String ipv6(String hex) {
        // The kernel prints four 32-bit words, each in host (little-endian) byte order.
        var bytes = new StringBuilder();
        for (int word = 0; word < 4; word++) {
            String w = hex.substring(word * 8, word * 8 + 8);
            bytes.append(w, 6, 8).append(w, 4, 6).append(w, 2, 4).append(w, 0, 2);
        }
        String full = bytes.toString().toLowerCase();
        if (full.equals("00000000000000000000000000000000")) {
            return "[::]";
        }
        if (full.equals("00000000000000000000000000000001")) {
            return "[::1]";
        }
        if (full.startsWith("00000000000000000000ffff")) {
            String v4 = full.substring(24);
            return "[::ffff:" + Integer.parseInt(v4.substring(0, 2), 16) + "." + Integer.parseInt(v4.substring(2, 4), 16)
                    + "." + Integer.parseInt(v4.substring(4, 6), 16) + "." + Integer.parseInt(v4.substring(6, 8), 16) + "]";
        }
        return "[" + full + "]";
    }
}
