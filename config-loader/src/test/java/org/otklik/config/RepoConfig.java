package org.otklik.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/** The repository's real config/ directory, and writable copies of it for tests that break it. */
final class RepoConfig {
    static final Path DIR = locate();

    private RepoConfig() {
    }

    private static Path locate() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("config/otklik.yaml"))) {
                return p.resolve("config");
            }
        }
        throw new IllegalStateException("cannot find the repository's config/ directory above " + Path.of("").toAbsolutePath());
    }

    static OtklikConfig load() {
        return OtklikConfig.load(DIR, new Secrets(Map.of(), null), Map.of());
    }

    /** Copies config/ to {@code target}/config and returns the copy. */
    static Path copyTo(Path target) {
        Path copy = target.resolve("config");
        try (Stream<Path> files = Files.walk(DIR)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path to = copy.resolve(DIR.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }
}
