package org.otklik.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.otklik.core.AuditEntry;
import org.otklik.core.Case;
import org.otklik.core.CaseStep;
import org.otklik.core.Classification;
import org.otklik.core.FilterVerdict;
import org.otklik.core.Importance;
import org.otklik.core.Location;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.Topic;

/** What every database behind the store must do; run against H2 and PostgreSQL. */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-11-23T06:00:00Z");

    static Post post(String id, String text) {
        return new Post(Network.VK, "vk-yelets", id, "yelets", "Иван", text, "https://vk.com/wall-1_" + id, T0, null, 1, 2, 3, 400);
    }

    @Test
    void a_post_read_twice_is_stored_once(Store store) {
        PostWrite first = store.savePost(post("1", "Яма на Коммунаров"), T0);
        PostWrite again = store.savePost(post("1", "Яма на Коммунаров"), T0.plusSeconds(60));

        assertThat(first.outcome()).isEqualTo(PostWrite.Outcome.INSERTED);
        assertThat(again).isEqualTo(new PostWrite(first.postId(), PostWrite.Outcome.UNCHANGED));
        assertThat(store.countPosts()).isEqualTo(1);
    }

    @Test
    void an_edited_post_keeps_its_earlier_text(Store store) {
        long id = store.savePost(post("1", "Яма на Коммунаров"), T0).postId();
        PostWrite edit = store.savePost(post("1", "Яма на Коммунаров, 34 — глубокая"), T0.plusSeconds(60));

        assertThat(edit.outcome()).isEqualTo(PostWrite.Outcome.EDITED);
        assertThat(store.post(id).orElseThrow().post().text()).isEqualTo("Яма на Коммунаров, 34 — глубокая");
        assertThat(store.post(id).orElseThrow().edits()).isEqualTo(1);
        assertThat(store.editHistory(id)).containsExactly("Яма на Коммунаров");
    }

    @Test
    void a_deleted_post_stays_and_is_marked(Store store) {
        Post p = post("1", "Нет воды");
        long id = store.savePost(p, T0).postId();

        assertThat(store.markDeleted(p.key(), T0.plusSeconds(5))).isTrue();
        assertThat(store.markDeleted(p.key(), T0.plusSeconds(6))).isFalse();
        assertThat(store.post(id).orElseThrow().deletedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void hostile_text_is_stored_verbatim(Store store) {
        String hostile = "'); DROP TABLE posts; -- <script>alert(1)</script> \u0000? нет: ё, 😀";
        String safe = hostile.replace("\u0000", "");
        long id = store.savePost(post("x'1", safe), T0).postId();

        assertThat(store.post(id).orElseThrow().post().text()).isEqualTo(safe);
        assertThat(store.post(id).orElseThrow().post().externalId()).isEqualTo("x'1");
    }

    @Test
    void a_poll_commits_its_posts_and_cursor_together(Store store) {
        store.savePolled("vk-yelets", List.of(post("1", "a"), post("2", "b")), "2", T0);

        assertThat(store.sourceState("vk-yelets").orElseThrow().cursor()).isEqualTo("2");
        assertThat(store.sourceState("vk-yelets").orElseThrow().postsFetched()).isEqualTo(2);
        assertThat(store.countPosts()).isEqualTo(2);
    }

    @Test
    void a_poll_that_fails_midway_stores_nothing_and_keeps_the_cursor(Store store) {
        store.savePolled("vk-yelets", List.of(post("1", "a")), "1", T0);
        Post tooLong = new Post(Network.VK, "vk-yelets", "9".repeat(300), "yelets", null, "c", null, null, null, 0, 0, 0, 0);

        assertThatThrownBy(() -> store.savePolled("vk-yelets", List.of(post("2", "b"), tooLong), "3", T0))
                .isInstanceOf(StoreException.class).hasMessageContaining("vk-yelets");
        assertThat(store.countPosts()).isEqualTo(1);
        assertThat(store.sourceState("vk-yelets").orElseThrow().cursor()).isEqualTo("1");
    }

    @Test
    void concurrent_writers_of_one_post_store_it_once(Store store) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<PostWrite>> writers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writers.add(() -> store.savePost(post("42", "Тот же пост"), T0));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<PostWrite> f : pool.invokeAll(writers)) {
                ids.add(f.get().postId());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(store.countPosts()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_source_error_is_recorded_without_moving_the_cursor(Store store) {
        store.savePolled("tg-klyuchi", List.of(), "100", T0);
        store.recordSourceError("tg-klyuchi", "HTTP 502 from t.me", T0.plusSeconds(60));

        SourceState s = store.sourceState("tg-klyuchi").orElseThrow();
        assertThat(s.cursor()).isEqualTo("100");
        assertThat(s.lastError()).isEqualTo("HTTP 502 from t.me");
        assertThat(s.lastErrorAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void a_classification_round_trips(Store store) {
        long id = store.savePost(post("1", "Нет отопления в Ключах"), T0).postId();
        Classification c = new Classification("1", true, List.of(Topic.HOUSING, Topic.SOCIAL),
                new Location("klyuchevsky", "Ключи", "Центральная", "5"), Importance.HIGH, FilterVerdict.NONE, null,
                List.of("topic housing: отоплен", "importance: heating outage in cold season"));

        store.saveClassification(id, c, T0);

        assertThat(store.classification(id)).contains(c);
    }

    private static Case newCase(long postId) {
        return new Case(0, postId, "yelets", CaseStep.NEW, List.of(Topic.ROADS), new Location("yelets", "Елец", "Коммунаров", "34"),
                Importance.NORMAL, null, List.of(), T0, T0.plusSeconds(8 * 3600), null, T0);
    }

    @Test
    void opening_a_case_writes_its_first_audit_row(Store store) {
        long postId = store.savePost(post("1", "Яма"), T0).postId();
        long caseId = store.openCase(newCase(postId), "system", "classified relevant", T0);

        assertThat(store.caseById(caseId).orElseThrow().step()).isEqualTo(CaseStep.NEW);
        assertThat(store.audit(caseId)).containsExactly(new AuditEntry(caseId, T0, "system", null, CaseStep.NEW, "classified relevant"));
    }

    @Test
    void every_step_change_writes_an_audit_row(Store store) {
        long postId = store.savePost(post("1", "Яма"), T0).postId();
        long caseId = store.openCase(newCase(postId), "system", null, T0);

        Case routed = store.moveCase(caseId, CaseStep.NEW,
                k -> new Case(k.id(), k.postId(), k.municipality(), CaseStep.ROUTED, k.topics(), k.location(), k.importance(),
                        "roads", List.of("housing"), k.detectedAt(), k.answerDueAt(), null, k.updatedAt()),
                "curator1", "дороги", T0.plusSeconds(600));

        assertThat(routed.step()).isEqualTo(CaseStep.ROUTED);
        assertThat(routed.executor()).isEqualTo("roads");
        assertThat(routed.coExecutors()).containsExactly("housing");
        assertThat(store.audit(caseId)).hasSize(2).last()
                .isEqualTo(new AuditEntry(caseId, T0.plusSeconds(600), "curator1", CaseStep.NEW, CaseStep.ROUTED, "дороги"));
    }

    @Test
    void a_step_change_on_a_stale_case_is_refused_and_writes_nothing(Store store) {
        long postId = store.savePost(post("1", "Яма"), T0).postId();
        long caseId = store.openCase(newCase(postId), "system", null, T0);
        store.moveCase(caseId, CaseStep.NEW, k -> k.withStep(CaseStep.ROUTED, T0), "curator1", null, T0);

        assertThatThrownBy(() -> store.moveCase(caseId, CaseStep.NEW, k -> k.withStep(CaseStep.EXCLUDED, T0), "curator2", null, T0))
                .isInstanceOf(StaleCaseException.class).hasMessageContaining("routed");
        assertThat(store.audit(caseId)).hasSize(2);
        assertThat(store.caseById(caseId).orElseThrow().step()).isEqualTo(CaseStep.ROUTED);
    }

    @Test
    void one_post_opens_at_most_one_case(Store store) {
        long postId = store.savePost(post("1", "Яма"), T0).postId();
        store.openCase(newCase(postId), "system", null, T0);

        assertThatThrownBy(() -> store.openCase(newCase(postId), "system", null, T0)).isInstanceOf(StoreException.class);
        assertThat(store.countCases()).isEqualTo(1);
    }

    @Test
    void work_attached_to_a_step_change_commits_with_it_or_neither_happens(Store store) {
        long postId = store.savePost(post("1", "Яма"), T0).postId();
        long caseId = store.openCase(newCase(postId), "system", null, T0, (c, k) -> {
            try (var ps = c.prepareStatement("UPDATE posts SET views = 999 WHERE id = ?")) {
                ps.setLong(1, k.postId());
                ps.executeUpdate();
            }
        });
        assertThat(store.post(postId).orElseThrow().post().views()).isEqualTo(999);

        assertThatThrownBy(() -> store.moveCase(caseId, CaseStep.NEW, k -> k.withStep(CaseStep.ROUTED, T0), "curator1", null, T0,
                (c, k) -> {
                    throw new java.sql.SQLException("the module's own row could not be written");
                })).isInstanceOf(StoreException.class).hasMessageContaining("could not be written");

        assertThat(store.caseById(caseId).orElseThrow().step()).isEqualTo(CaseStep.NEW);
        assertThat(store.audit(caseId)).hasSize(1);
    }
}
