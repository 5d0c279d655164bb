package org.otklik.dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secrets;

class NotificationChannelsTest {
    private static OtklikConfig copyOfRepoConfig(Path dir) throws Exception {
        Path src = Path.of("..", "config");
        try (var files = Files.walk(src)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path t = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
        return OtklikConfig.load(dir, new Secrets(Map.of(), null), Map.of());
    }

    @Test
    void the_repo_config_has_every_channel_off() {
        assertThat(NotificationChannels.load(World.CONFIG, new Secrets(Map.of(), null))
                .send(new Notification("high", "khasyn", 1L, "s", "t"))).isZero();
    }

    @Test
    void a_webhook_limited_to_one_municipality_gets_only_its_notifications(@TempDir Path dir) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse().setResponseCode(200));
            server.start();
            OtklikConfig c = copyOfRepoConfig(dir);
            Files.writeString(dir.resolve("notifications.yaml"), "channels:\n  - type: webhook\n    url: " + server.url("/h")
                    + "\n    municipalities: [yelets]\n");
            Notifier n = NotificationChannels.load(c, new Secrets(Map.of(), null));
            n.send(new Notification("high", "khasyn", 1L, "s", "t"));
            n.send(new Notification("high", "yelets", 2L, "s", "t"));
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(server.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("\"case_id\":2");
        }
    }

    @Test
    void an_unknown_channel_type_names_the_file_and_field(@TempDir Path dir) throws Exception {
        OtklikConfig c = copyOfRepoConfig(dir);
        Files.writeString(dir.resolve("notifications.yaml"), "channels:\n  - type: pigeon\n");
        assertThatThrownBy(() -> NotificationChannels.load(c, new Secrets(Map.of(), null)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("notifications.yaml").hasMessageContaining("pigeon");
    }
}
