package org.otklik.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    @Test
    void the_environment_wins_over_the_secrets_file(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("secrets.properties");
        Files.writeString(file, "VK_TOKEN=from-file\nOK_SECRET=ok-from-file\n", StandardCharsets.UTF_8);
        Secrets s = new Secrets(Map.of("VK_TOKEN", "from-env"), file);

        assertThat(s.get("VK_TOKEN").value()).isEqualTo("from-env");
        assertThat(s.get("OK_SECRET").value()).isEqualTo("ok-from-file");
        assertThat(s.get("MISSING").present()).isFalse();
    }

    @Test
    void a_secret_never_prints_its_value() {
        Secret s = new Secret("OTKLIK_DB_PASSWORD", "hunter2");
        assertThat(s.toString()).isEqualTo("OTKLIK_DB_PASSWORD=***").doesNotContain("hunter2");
        assertThat(new Settings(Path.of("data"), "jdbc:h2:mem:x", "u", s, 8080, java.util.List.of()).toString()).doesNotContain("hunter2");
    }

    @Test
    void the_database_url_and_password_come_from_the_environment() {
        OtklikConfig c = OtklikConfig.load(RepoConfig.DIR, new Secrets(Map.of("OTKLIK_DB_PASSWORD", "pw"), null),
                Map.of("OTKLIK_DB_URL", "jdbc:postgresql://127.0.0.1:5432/otklik", "OTKLIK_PORT", "9090"));
        assertThat(c.settings().databaseUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/otklik");
        assertThat(c.settings().databasePassword().value()).isEqualTo("pw");
        assertThat(c.settings().port()).isEqualTo(9090);
    }

    @Test
    void the_default_database_is_an_h2_file_under_data() {
        OtklikConfig c = RepoConfig.load();
        assertThat(c.settings().databaseUrl()).startsWith("jdbc:h2:file:").endsWith("/data/otklik");
    }
}
