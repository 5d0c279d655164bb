package org.otklik.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.OtklikConfig;
import org.otklik.core.Classification;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Network;
import org.otklik.core.Post;

/** The composed classifier on the shipped configuration and the shipped training corpus. */
class ClassifierTest {
    static final Instant NOW = Instant.parse("2026-01-20T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    static Path tmp;
    static OtklikConfig config;
    static Classifier classifier;

    @BeforeAll
    static void load() {
        config = OtklikConfig.load(TestConfig.copy(tmp.resolve("config")));
        classifier = Classifier.load(config, tmp.resolve("models"), CLOCK);
    }

    static Post post(String id, String municipality, String text, Instant at, long views) {
        return new Post(Network.VK, "test", id, municipality, null, text, null, at, null, 0, 0, 0, views);
    }

    @Test
    void a_complaint_gets_topic_place_and_reasons_and_no_repeat_link() {
        Classification c = classifier.classify(post("1", "klyuchevsky",
                "В Ключах на Центральной огромная яма на дороге, машины бьют колёса. Отремонтируйте дорогу!", null, 100));
        assertThat(c.relevant()).isTrue();
        assertThat(c.leadTopic().code()).isEqualTo("roads");
        assertThat(c.location().settlement()).isEqualTo("Ключи");
        assertThat(c.repeatOf()).isNull();
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("тема roads")).anyMatch(r -> r.startsWith("место: Ключи"));
    }

    @Test
    void an_obscene_complaint_is_excluded_but_still_classified() {
        Classification c = classifier.classify(post("2", "khasyn", "опять в Палатке горячей воды нет, заебали уже", null, 10));
        assertThat(c.filter()).isEqualTo(FilterVerdict.OBSCENE);
        assertThat(c.location().settlement()).isEqualTo("Палатка");
    }

    @Test
    void a_victim_quoting_the_threat_they_received_is_answered_not_excluded() {
        Classification c = classifier.classify(post("t1", "kalininsky",
                "Сосед мне написал «спалю твою машину». Я боюсь за семью, полиция молчит", null, 10));
        assertThat(c.filter()).isEqualTo(FilterVerdict.NONE);
    }

    @Test
    void a_heating_outage_in_the_cold_season_is_high() {
        Classification c = classifier.classify(post("3", "khasyn",
                "В Стекольном в доме на Ленина нет отопления третий день, управляющая компания трубку не берёт", NOW, 50));
        assertThat(c.importance()).isEqualTo(Importance.HIGH);
        assertThat(c.reasons()).anyMatch(r -> r.contains("холодный сезон") || r.contains("в холод"));
    }

    @Test
    void an_outage_that_has_lasted_more_than_a_day_is_high_in_any_month() {
        Classification c = classifier.classify(post("l1", "klyuchevsky",
                "В Северке воды нет уже третий день, водовоз не приезжал. Сколько ждать?", null, 50));
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("важность: отключение «воды нет» дольше суток «третий день»"));
    }

    @Test
    void an_outage_every_week_is_how_often_not_how_long() {
        Classification c = classifier.classify(post("l2", "klyuchevsky",
                "В Северке каждую неделю воды нет по полдня, водоканал хоть бы предупреждал", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: отключение"));
    }

    @Test
    void no_hot_water_is_not_an_outage_of_water() {
        Classification c = classifier.classify(post("l3", "klyuchevsky",
                "В Ключах на Мира горячей воды нет уже неделю, плановый ремонт затянули", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: отключение"));
    }

    @Test
    void an_outage_in_a_frost_written_as_a_figure_is_high() {
        Classification c = classifier.classify(post("l4", "khasyn",
                "В Стекольном с обеда нет света, на улице -38, котлы встали", null, 50));
        assertThat(c.importance()).isEqualTo(Importance.HIGH);
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("важность: отключение «нет света» в мороз «-38»"));
    }

    @Test
    void a_figure_after_a_digit_is_a_range_not_a_frost() {
        assertThat(org.otklik.classifier.internal.ImportanceRules.frost("свет дадут с 8-30, тел. 8-914-000")).isNull();
        assertThat(org.otklik.classifier.internal.ImportanceRules.frost("ночью −5, днём 0")).isNull();
        assertThat(org.otklik.classifier.internal.ImportanceRules.frost("на улице − 42°")).isEqualTo("− 42");
    }

    @Test
    void a_fire_risk_is_not_a_danger_term_hit() {
        Classification c = classifier.classify(post("h1", "klyuchevsky",
                "В Ключах у школы сухая трава по пояс, угроза пожара. Скосите траву", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void a_fire_that_is_burning_is_a_danger_term_hit() {
        Classification c = classifier.classify(post("h2", "klyuchevsky",
                "В Ключах у школы сухая трава по пояс, пожар уже рядом с домами", null, 50));
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("важность: опасность «пожар»"));
    }

    @Test
    void a_harm_the_post_says_did_not_happen_is_not_a_danger_term_hit() {
        Classification c = classifier.classify(post("h5", "klyuchevsky",
                "В Ключах по Мира бегает свора собак, пока никого не покусала. Отловите, пожалуйста", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void a_fire_told_as_last_year_news_is_not_a_danger_term_hit() {
        Classification c = classifier.classify(post("h6", "klyuchevsky",
                "В прошлом году в Ключах сгорел дом из-за проводки. Проверьте проводку в старых домах", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void a_past_danger_that_still_goes_on_is_a_danger_term_hit() {
        Classification c = classifier.classify(post("h7", "klyuchevsky",
                "В прошлом месяце на Мира оборван провод, и до сих пор провод лежит на тротуаре", null, 50));
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void flooded_gardens_are_not_a_danger_term_hit() {
        Classification c = classifier.classify(post("h4", "klyuchevsky",
                "В Ключах огороды за речкой затопило после дождей, канаву засыпали. Прочистите канаву", null, 50));
        assertThat(c.reasons()).noneMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void a_danger_term_needs_the_configured_model_probability() throws java.io.IOException {
        Path dir = TestConfig.copy(tmp.resolve("strict-danger"));
        java.nio.file.Files.writeString(dir.resolve("classifier.yaml"), "importance:\n  danger_min_probability: 1\n",
                java.nio.charset.StandardCharsets.UTF_8);
        Classifier strict = Classifier.load(OtklikConfig.load(dir), tmp.resolve("models"), CLOCK);
        Post p = post("h3", "klyuchevsky", "В Ключах у школы сухая трава по пояс, пожар уже рядом с домами", null, 50);
        assertThat(classifier.classify(p).reasons()).anyMatch(r -> r.startsWith("важность: опасность"));
        assertThat(strict.classify(p).reasons()).noneMatch(r -> r.startsWith("важность: опасность"));
    }

    @Test
    void a_post_seen_by_many_is_high() {
        Classification c = classifier.classify(post("4", "yelets",
                "На Мира 10 во дворе сломана лавочка, почините пожалуйста", null, 90_000));
        assertThat(c.importance()).isEqualTo(Importance.HIGH);
        assertThat(c.reasons()).anyMatch(r -> r.startsWith("важность: охват"));
    }

    @Test
    void a_surge_on_one_topic_and_place_makes_later_posts_high() {
        ClassifierSettings settings = ClassifierSettings.load(config.dir().resolve("classifier.yaml"));
        Classifier fresh = Classifier.load(config, tmp.resolve("models"), CLOCK, new Classifier.Surge(settings));
        Classification last = null;
        Classification first = null;
        for (int i = 0; i < settings.surgePosts(); i++) {
            last = fresh.classify(post("s" + i, "neftekumsk", "В Каясуле мусор не вывозят вторую неделю, баки переполнены" + " !".repeat(i),
                    NOW.minusSeconds(600L * (settings.surgePosts() - i)), 10));
            if (first == null) {
                first = last;
            }
        }
        assertThat(first.reasons()).noneMatch(r -> r.contains("всплеск"));
        assertThat(last.reasons()).anyMatch(r -> r.contains("всплеск"));
        assertThat(last.importance()).isEqualTo(Importance.HIGH);
    }

    @Test
    void an_advert_needs_no_reaction() {
        Classification c = classifier.classify(post("5", "yelets",
                "Продам коляску 2в1, после одного ребёнка, состояние отличное. Елец, самовывоз", null, 30));
        assertThat(c.relevant()).isFalse();
        assertThat(c.topics()).isEmpty();
    }

    @Test
    void a_cached_model_is_read_back_instead_of_trained_again() {
        Classifier again = Classifier.load(config, tmp.resolve("models"), CLOCK);
        Post p = post("6", "khasyn", "В Хасыне собаки покусали ребёнка у школы", null, 10);
        assertThat(again.classify(p)).isEqualTo(classifier.classify(p));
    }
}
