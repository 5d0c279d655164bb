package org.otklik.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Network;
import org.otklik.core.Post;

/** Dictionaries are re-read on change, without a restart; a broken edit keeps the last good ones. */
class LiveClassifierTest {
    @TempDir
    Path tmp;
    Path config;
    LiveClassifier live;
    final List<ConfigException> errors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        config = TestConfig.copy(tmp.resolve("config"));
        live = new LiveClassifier(config, tmp.resolve("models"), Clock.systemUTC(), errors::add);
    }

    @AfterEach
    void stop() {
        live.close();
    }

    static Post post(String text) {
        return new Post(Network.VK, "test", "1", "yelets", null, text, null, null, null, 0, 0, 0, 0);
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(config.resolve(file), "\n" + line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    @Test
    void a_word_added_to_the_insult_dictionary_takes_effect_without_a_restart() throws Exception {
        Post p = post("в горсовете сидят одни пупырки, ничего не делают");
        assertThat(live.classify(p).filter()).isEqualTo(FilterVerdict.NONE);
        append("filter/insult.txt", "пупырк*");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (live.classify(p).filter() == FilterVerdict.NONE && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(live.classify(p).filter()).isEqualTo(FilterVerdict.INSULT);
    }

    @Test
    void a_broken_edit_is_reported_with_file_and_line_and_the_last_good_dictionaries_stay() throws Exception {
        Post p = post("опять в Ельце горячей воды нет, заебали уже");
        append("filter/obscene.txt", "*");
        assertThat(live.reload()).isFalse();
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(errors.size() - 1).getMessage()).contains("obscene.txt:").contains("pattern");
        assertThat(live.classify(p).filter()).isEqualTo(FilterVerdict.OBSCENE);
    }
}
