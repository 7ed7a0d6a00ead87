package dev.platina.persistence.postgres.internal;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Extracts a POSIX/GNU tar stream: regular files (with their permission bits), directories and symbolic links.
 * The PostgreSQL binary archive needs no more; anything else is refused rather than silently skipped.
 */
final class TarArchive {

    private static final int BLOCK = 512;

    private TarArchive() {
    }

    static void extract(InputStream tar, Path target) throws IOException {
        var in = new DataInputStream(tar);
        var header = new byte[BLOCK];
        String longName = null;
        while (true) {
            try {
                in.readFully(header);
            } catch (EOFException e) {
                return;
            }
            if (isZero(header)) {
                return;
            }
            String name = longName != null ? longName : entryName(header);
            longName = null;
            char type = (char) header[156];
            long size = octal(header, 124, 12);
            if (type == 'L') {
                longName = new String(readPadded(in, size), StandardCharsets.UTF_8).replace("\0", "");
                continue;
            }
            Path path = safeResolve(target, name);
            int mode = (int) octal(header, 100, 8);
            switch (type) {
                case '5' -> Files.createDirectories(path);
                case '2' -> {
                    Files.createDirectories(path.getParent());
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(cString(header, 157, 100)));
                }
                case '0', '\0' -> {
                    Files.createDirectories(path.getParent());
                    try (OutputStream out = Files.newOutputStream(path)) {
                        copy(in, out, size);
                    }
                    skipPadding(in, size);
                    Files.setPosixFilePermissions(path, permissions(mode));
                }
                default -> throw new IOException("Unsupported tar entry type '" + type + "' for " + name);
            }
        }
    }

    private static Path safeResolve(Path target, String name) throws IOException {
        Path path = target.resolve(name).normalize();
        if (!path.startsWith(target)) {
            throw new IOException("Tar entry escapes the target directory: " + name);
        }
        return path;
    }

    private static String entryName(byte[] header) {
        String prefix = cString(header, 345, 155);
        String name = cString(header, 0, 100);
        // Only POSIX ustar ("ustar\0") has a name prefix; GNU tar ("ustar  ") keeps other fields there.
        boolean posix = cString(header, 257, 6).equals("ustar") && header[262] == 0;
        return posix && !prefix.isEmpty() ? prefix + "/" + name : name;
    }

    private static byte[] readPadded(DataInputStream in, long size) throws IOException {
        var data = new byte[Math.toIntExact(size)];
        in.readFully(data);
        skipPadding(in, size);
        return data;
    }

    private static void copy(DataInputStream in, OutputStream out, long size) throws IOException {
        var buffer = new byte[64 * 1024];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new EOFException("Tar archive ends inside an entry");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void skipPadding(DataInputStream in, long size) throws IOException {
        int padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
        in.readFully(new byte[padding]);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        var result = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {
            PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
        };
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                result.add(order[bit]);
            }
        }
        return result;
    }

    private static long octal(byte[] header, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end && header[i] == ' ') {
            i++;
        }
        long value = 0;
        for (; i < end && header[i] >= '0' && header[i] <= '7'; i++) {
            value = value * 8 + (header[i] - '0');
        }
        return value;
    }

    private static String cString(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
