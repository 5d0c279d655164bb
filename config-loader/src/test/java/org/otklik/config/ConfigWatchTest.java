package org.otklik.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigWatchTest {
    static List<String> terms(Path dir) {
        return LineFile.read(dir.resolve("terms.txt")).stream().map(l -> {
            if (l.text().contains("!")) {
                throw l.error(null, "'!' is not allowed in a term");
            }
            return l.text();
        }).toList();
    }

    @Test
    void an_edit_takes_effect_without_a_restart(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("terms.txt"), "яма\n", StandardCharsets.UTF_8);
        CountDownLatch reloaded = new CountDownLatch(1);
        try (ConfigWatch<List<String>> w = new ConfigWatch<>(dir, ConfigWatchTest::terms, e -> { })) {
            w.onReload(v -> reloaded.countDown());
            Files.writeString(dir.resolve("terms.txt"), "яма\nвыбоина\n", StandardCharsets.UTF_8);
            assertThat(reloaded.await(20, TimeUnit.SECONDS)).as("reloaded after the edit").isTrue();
            assertThat(w.current()).containsExactly("яма", "выбоина");
        }
    }

    @Test
    void a_broken_edit_is_reported_and_the_last_good_value_stays(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("terms.txt"), "яма\n", StandardCharsets.UTF_8);
        List<ConfigException> errors = new CopyOnWriteArrayList<>();
        try (ConfigWatch<List<String>> w = new ConfigWatch<>(dir, ConfigWatchTest::terms, errors::add)) {
            Files.writeString(dir.resolve("terms.txt"), "яма\n# comment\nвыбоина!\n", StandardCharsets.UTF_8);
            assertThat(w.reload()).isFalse();
            assertThat(w.current()).containsExactly("яма");
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getMessage()).startsWith(dir.resolve("terms.txt") + ":3: ");
        }
    }
}
