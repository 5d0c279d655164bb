package org.otklik.classifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A private copy of the shipped config/ (without the evaluation set) that a test may edit. */
final class TestConfig {
    static final Path SHIPPED = Path.of("..", "config");

    private TestConfig() {
    }

    static Path copy(Path target) {
        try (Stream<Path> all = Files.walk(SHIPPED)) {
            for (Path p : all.toList()) {
                Path rel = SHIPPED.relativize(p);
                if (rel.startsWith("eval")) {
                    continue;
                }
                Path to = target.resolve(rel.toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
