package com.branchmate.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds ../shared (seeds and eval data), which exists on development machines and CI but not in a user's clone. */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Optional<Path> find() {
        for (String candidate : new String[] {"../shared", "../../shared", "../../../shared"}) {
            Path path = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(path.resolve("seeds")) && Files.isDirectory(path.resolve("eval"))) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
