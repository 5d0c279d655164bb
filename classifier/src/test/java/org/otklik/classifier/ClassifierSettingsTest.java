package org.otklik.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;

class ClassifierSettingsTest {
    @TempDir
    Path dir;

    @Test
    void the_shipped_file_equals_the_defaults() {
        assertThat(ClassifierSettings.load(Path.of("..", "config", "classifier.yaml"))).isEqualTo(ClassifierSettings.defaults());
    }

    @Test
    void a_missing_file_means_the_defaults() {
        assertThat(ClassifierSettings.load(dir.resolve("none.yaml"))).isEqualTo(ClassifierSettings.defaults());
    }

    @Test
    void values_are_read() throws IOException {
        Path f = dir.resolve("classifier.yaml");
        Files.writeString(f, "importance:\n  surge:\n    window_minutes: 30\n    posts: 3\n", StandardCharsets.UTF_8);
        ClassifierSettings s = ClassifierSettings.load(f);
        assertThat(s.surgeWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(s.surgePosts()).isEqualTo(3);
    }

    @Test
    void the_model_probability_a_danger_term_needs_is_read() throws IOException {
        Path f = dir.resolve("classifier.yaml");
        Files.writeString(f, "importance:\n  danger_min_probability: 0.05\n", StandardCharsets.UTF_8);
        assertThat(ClassifierSettings.load(f).dangerMin()).isEqualTo(0.05);
    }

    @Test
    void a_probability_out_of_range_names_file_line_and_field() throws IOException {
        Path f = dir.resolve("classifier.yaml");
        Files.writeString(f, "relevance:\n  min_probability: 0.5\nimportance:\n  high_probability: 2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassifierSettings.load(f)).isInstanceOf(ConfigException.class)
                .hasMessage(f + ":4: importance.high_probability: 2 is out of range 0..1");
    }

    @Test
    void a_misspelt_key_is_an_error() throws IOException {
        Path f = dir.resolve("classifier.yaml");
        Files.writeString(f, "topics:\n  dictionary_wieght: 0.3\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassifierSettings.load(f)).hasMessageStartingWith(f + ":2: topics.dictionary_wieght: unknown key");
    }

    @Test
    void the_fewest_words_the_threat_model_judges_is_read_and_zero_names_file_line_and_field() throws IOException {
        Path f = dir.resolve("classifier.yaml");
        Files.writeString(f, "filter:\n  threat_model_min_words: 8\n", StandardCharsets.UTF_8);
        assertThat(ClassifierSettings.load(f).threatModelMinWords()).isEqualTo(8);
        Files.writeString(f, "filter:\n  threat_model_min_words: 0\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ClassifierSettings.load(f)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":2: filter.threat_model_min_words:");
    }
}
