package org.otklik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.OtklikConfig;
import org.otklik.config.Secrets;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Topic;
import org.otklik.store.StoredPost;
import org.otklik.store.Store;

/** serve's wiring, end to end on real parts: a replayed source → crawler → classifier → dispatcher → cases in H2. */
class ServePipelineTest {
    static final String POSTS = """
            {"id": "p1", "network": "vk", "source": "khasyn-vk", "municipality": "khasyn", "text": "В Палатке на улице Ленина огромная яма на дороге, машины бьют колёса. Когда отремонтируете?", "published_at": "2026-11-23T01:00:00Z"}
            {"id": "p2", "network": "vk", "source": "khasyn-vk", "municipality": "khasyn", "text": "Продам гараж в Палатке недорого, звоните", "published_at": "2026-11-23T01:01:00Z"}
            {"id": "p3", "network": "vk", "source": "khasyn-vk", "municipality": "khasyn", "text": "Глава, я знаю где живут твои дети, сожгу твой дом если не починят отопление", "published_at": "2026-11-23T01:02:00Z"}
            """;

    static Path configWithReplay(Path tmp) throws Exception {
        Path config = TestConfigDir.copy(CommandLineTest.CONFIG, tmp.resolve("config"));
        Files.writeString(config.resolve("demo/posts.jsonl"), POSTS, StandardCharsets.UTF_8);
        String sources = Files.readString(config.resolve("demo/sources.yaml"), StandardCharsets.UTF_8)
                .replaceAll("interval: \\w+", "interval: 1s");
        Files.writeString(config.resolve("demo/sources.yaml"), sources, StandardCharsets.UTF_8);
        return config;
    }

    static <T> T await(Supplier<Optional<T>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<T> v = probe.get();
            if (v.isPresent()) {
                return v.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the pipeline did not get there within 90 s");
    }

    static Optional<Case> caseOf(Store store, String externalId) {
        return store.post(new org.otklik.core.PostKey(Network.VK, "khasyn-vk", externalId)).flatMap(p -> store.caseForPost(p.id()));
    }

    @Test
    void a_replayed_complaint_becomes_a_routed_case_and_a_threat_is_kept_excluded(@TempDir Path tmp) throws Exception {
        Path configDir = configWithReplay(tmp);
        OtklikConfig c = OtklikConfig.load(configDir, new Secrets(Map.of(), null), Map.of());
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open("jdbc:h2:file:" + tmp.resolve("db/otklik").toString().replace('\\', '/'), "otklik", null)) {
            ServeCommand.Wiring wiring = ServeCommand.wire(c, store, clock, true);
            try {
                Case pothole = await(() -> caseOf(store, "p1"));
                Case threat = await(() -> caseOf(store, "p3"));

                assertThat(pothole.step()).isEqualTo(CaseStep.NEW);
                assertThat(pothole.topics()).first().isEqualTo(Topic.ROADS);
                assertThat(pothole.location().settlement()).isEqualTo("Палатка");
                assertThat(pothole.answerDueAt()).isEqualTo(c.workingCalendar("khasyn").plusWorkingMinutes(pothole.detectedAt(), 9 * 60));
                assertThat(threat.step()).isEqualTo(CaseStep.EXCLUDED);
                assertThat(store.audit(threat.id()).get(0).reason()).containsIgnoringCase("threat");
                StoredPost ad = await(() -> store.post(new org.otklik.core.PostKey(Network.VK, "khasyn-vk", "p2"))
                        .filter(p -> store.classification(p.id()).isPresent()));
                assertThat(store.classification(ad.id()).orElseThrow().relevant()).isFalse();
                assertThat(store.caseForPost(ad.id())).isEmpty();
            } finally {
                wiring.stop().run();
            }
        }
    }

    @Test
    void a_post_stored_but_never_classified_is_taken_by_the_catch_up_pass(@TempDir Path tmp) throws Exception {
        Path configDir = configWithReplay(tmp);
        OtklikConfig c = OtklikConfig.load(configDir, new Secrets(Map.of(), null), Map.of());
        Clock clock = Clock.systemUTC();
        try (Store store = Store.open("jdbc:h2:file:" + tmp.resolve("db/otklik").toString().replace('\\', '/'), "otklik", null)) {
            // as if the process died between the crawler's commit and the classifier
            long id = store.savePost(new Post(Network.OK, "yelets-ok", "77", "yelets", null,
                    "На улице Коммунаров в Ельце третий день нет воды, дети не могут помыться", null, Instant.now(), null, 0, 0, 0, 0),
                    Instant.now()).postId();
            org.otklik.dispatcher.DispatchConfig dispatch = org.otklik.dispatcher.DispatchConfig.load(c);
            org.otklik.dispatcher.Dispatcher dispatcher = new org.otklik.dispatcher.Dispatcher(store, c, dispatch,
                    org.otklik.dispatcher.NotificationChannels.load(c, new Secrets(Map.of(), null)), clock);
            try (org.otklik.classifier.LiveClassifier classifier = new org.otklik.classifier.LiveClassifier(configDir,
                    tmp.resolve("data/classifier"), clock, e -> { })) {
                Pipeline pipeline = new Pipeline(store, classifier, dispatcher, clock);

                assertThat(pipeline.catchUp()).isEqualTo(1);
                assertThat(pipeline.catchUp()).isZero();
            }
            Case k = store.caseForPost(id).orElseThrow();
            assertThat(k.topics()).first().isEqualTo(Topic.HOUSING);
            assertThat(k.location().street()).isEqualTo("Коммунаров");
        }
    }
}
