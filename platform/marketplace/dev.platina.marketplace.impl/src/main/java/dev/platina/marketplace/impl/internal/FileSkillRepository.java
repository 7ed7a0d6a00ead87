package dev.platina.marketplace.impl.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A repository in a local folder, such as the one shipped in the installation. */
final class FileSkillRepository implements SkillRepository {

    private final String location;
    private final Path root;

    FileSkillRepository(String location, Path root) {
        this.location = location;
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Path file = RepositoryPaths.resolve(root, path);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(location + "/" + path, null, "there is no such file");
        }
        if (Files.size(file) > maxBytes) {
            throw new IOException(location + "/" + path + " is larger than the limit of " + maxBytes + " bytes");
        }
        return Files.readAllBytes(file);
    }
}
