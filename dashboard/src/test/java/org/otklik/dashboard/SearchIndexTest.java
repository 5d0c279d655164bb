package org.otklik.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.store.Store;
import org.otklik.store.StoreExtension;

class SearchIndexTest {
    @RegisterExtension
    static final StoreExtension DB = new StoreExtension(StoreExtension.Kind.H2);

    @TempDir
    Path dir;

    private static Post post(String id, String muni, String text) {
        return new Post(Network.VK, "s", id, muni, "a", text, null, null, null, 0, 0, 0, 0);
    }

    @Test
    void a_word_finds_its_other_forms_within_one_municipality_only(Store store) {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        long here = store.savePost(post("1", "yelets", "Во дворе огромные ямы"), t).postId();
        store.savePost(post("2", "khasyn", "Яма на дороге"), t);
        try (SearchIndex index = new SearchIndex(dir)) {
            index.catchUp(store);
            assertThat(index.search("яма", "yelets", 10)).containsExactly(here);
        }
    }

    @Test
    void an_edited_post_is_found_by_its_new_text(Store store) {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        long id = store.savePost(post("1", "yelets", "Не горят фонари"), t).postId();
        try (SearchIndex index = new SearchIndex(dir)) {
            index.catchUp(store);
            store.savePost(post("1", "yelets", "Не вывозят мусор"), t.plusSeconds(60));
            index.catchUp(store);
            assertThat(index.search("мусор", "yelets", 10)).containsExactly(id);
            assertThat(index.search("фонари", "yelets", 10)).isEmpty();
        }
    }

    @Test
    void a_reopened_index_continues_after_the_last_indexed_post(Store store) {
        Instant t = Instant.parse("2026-11-24T08:00:00Z");
        store.savePost(post("1", "yelets", "Яма"), t);
        try (SearchIndex index = new SearchIndex(dir)) {
            index.catchUp(store);
        }
        long second = store.savePost(post("2", "yelets", "Ещё яма"), t).postId();
        try (SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.catchUp(store)).isEqualTo(1);
            assertThat(index.search("яма", "yelets", 10)).hasSize(2).first().isEqualTo(second);
        }
    }
}
