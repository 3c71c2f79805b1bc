package com.branchmate.extraction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared folder (domain docs, dev sets): the {@code branchmate.shared} system property if set, else the
 * sibling {@code shared} of the directory holding {@code mvnw}, walking up from the working directory.
 */
public final class SharedFolder {

    private SharedFolder() {
    }

    public static Optional<Path> locate() {
        String property = System.getProperty("branchmate.shared");
        if (property != null && !property.isBlank()) {
            Path path = Path.of(property);
            return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw"))) {
                Path shared = dir.resolveSibling("shared");
                return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    public static Optional<Path> devNotes() {
        return evalFile("notes-dev.jsonl");
    }

    /** A file of shared/eval, when present. */
    public static Optional<Path> evalFile(String name) {
        return locate().map(p -> p.resolve("eval").resolve(name)).filter(Files::exists);
    }
}
