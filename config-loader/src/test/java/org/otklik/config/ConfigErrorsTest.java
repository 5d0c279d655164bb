package org.otklik.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken line in any config file is reported as file:line: field: what is wrong. */
class ConfigErrorsTest {
    @TempDir
    Path tmp;

    Path config;

    private ConfigException loadBroken(String relative, String from, String to) throws IOException {
        config = RepoConfig.copyTo(tmp);
        Path f = config.resolve(relative);
        String text = Files.readString(f, StandardCharsets.UTF_8);
        assertThat(text).as("fixture text to break in %s", relative).contains(from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
        return catchThrowableOfType(ConfigException.class, () -> OtklikConfig.load(config, new Secrets(Map.of(), null), Map.of()));
    }

    private static int lineOf(Path file, String needle) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in " + file);
    }

    @Test
    void a_bad_deadline_names_file_line_and_field() throws IOException {
        ConfigException e = loadBroken("municipalities/kalininsky/profile.yaml", "answer_high: 4h", "answer_high: 4 часа");
        Path f = config.resolve("municipalities/kalininsky/profile.yaml");
        assertThat(e.getMessage()).startsWith(f + ":" + lineOf(f, "answer_high") + ": deadlines.answer_high: ")
                .contains("30m, 9h, 1h30m or 7d");
        assertThat(e.line()).isEqualTo(lineOf(f, "answer_high"));
    }

    @Test
    void a_misspelt_key_is_an_error_not_ignored() throws IOException {
        ConfigException e = loadBroken("municipalities/yelets/profile.yaml", "time_zone:", "timezone:");
        Path f = config.resolve("municipalities/yelets/profile.yaml");
        assertThat(e.getMessage()).contains("profile.yaml:").contains("time_zone: is required (line " + lineOf(f, "timezone:") + " has 'timezone': misspelt?)");
    }

    @Test
    void an_unknown_deadline_lists_the_known_ones() throws IOException {
        ConfigException e = loadBroken("municipalities/yelets/profile.yaml", "route: 1h", "routing: 1h");
        assertThat(e.getMessage()).contains("deadlines.routing: unknown deadline").contains("draft_after_routing");
    }

    @Test
    void a_bad_time_zone_is_named() throws IOException {
        ConfigException e = loadBroken("municipalities/khasyn/profile.yaml", "Asia/Magadan", "Asia/Magadanskaya");
        assertThat(e.getMessage()).contains("time_zone: 'Asia/Magadanskaya' is not a time zone");
    }

    @Test
    void working_hours_that_end_before_they_start_are_refused() throws IOException {
        ConfigException e = loadBroken("municipalities/khasyn/profile.yaml", "mon: \"09:00-18:00\"", "mon: \"18:00-09:00\"");
        assertThat(e.getMessage()).contains("working_hours.mon: ").contains("start before they end");
    }

    @Test
    void broken_yaml_names_the_line() throws IOException {
        ConfigException e = loadBroken("municipalities/yelets/profile.yaml", "deadlines:", "deadlines: [");
        assertThat(e.getMessage()).contains("profile.yaml:").contains("not valid YAML");
        assertThat(e.line()).isPositive();
    }

    @Test
    void an_unknown_topic_of_an_executor_is_named() throws IOException {
        config = RepoConfig.copyTo(tmp);
        Path f = config.resolve("municipalities/yelets/executors.yaml");
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int at = text.indexOf("topics: [") + "topics: [".length();
        Files.writeString(f, text.substring(0, at) + "дороги, " + text.substring(at), StandardCharsets.UTF_8);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> OtklikConfig.load(config, new Secrets(Map.of(), null), Map.of()));
        assertThat(e.getMessage()).contains("executors.yaml:").contains("topics[0]: unknown topic 'дороги'");
    }

    @Test
    void a_gazetteer_line_with_an_unknown_kind_names_its_line() throws IOException {
        config = RepoConfig.copyTo(tmp);
        Path f = config.resolve("municipalities/klyuchevsky/gazetteer.txt");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8) + "\nмегаполис | Ключи-2\n", StandardCharsets.UTF_8);
        int line = Files.readAllLines(f, StandardCharsets.UTF_8).size();
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> OtklikConfig.load(config, new Secrets(Map.of(), null), Map.of()));
        assertThat(e.getMessage()).startsWith(f + ":" + line + ": kind: 'мегаполис' is not one of");
    }

    @Test
    void a_calendar_date_in_the_wrong_year_is_refused() throws IOException {
        ConfigException e = loadBroken("calendar/2026.yaml", "2026-02-23", "2025-02-24");
        assertThat(e.getMessage()).contains("2026.yaml:").contains("days_off[").contains("2025-02-24 is not in 2026");
    }

    @Test
    void a_weekend_listed_as_a_day_off_is_refused() throws IOException {
        ConfigException e = loadBroken("calendar/2026.yaml", "2026-02-23", "2026-02-22");
        assertThat(e.getMessage()).contains("2026-02-22 is a SUNDAY");
    }

    @Test
    void a_password_in_config_is_refused_and_not_echoed() throws IOException {
        ConfigException e = loadBroken("otklik.yaml", "  user: otklik", "  user: otklik\n  password: hunter2");
        assertThat(e.getMessage()).contains("otklik.yaml:").contains("database.password: passwords never go into config files")
                .doesNotContain("hunter2");
    }

    @Test
    void a_served_municipality_without_a_directory_is_named() throws IOException {
        ConfigException e = loadBroken("otklik.yaml", "yelets]", "yelets, zadonsk]");
        assertThat(e.getMessage()).contains("municipalities: 'zadonsk' has no directory");
    }

    @Test
    void a_missing_config_directory_is_a_config_error() {
        assertThatThrownBy(() -> OtklikConfig.load(tmp.resolve("nowhere"))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("config directory is missing");
    }
}
