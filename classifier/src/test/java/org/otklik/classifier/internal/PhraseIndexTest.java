package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dictionary phrases found on stems, side by side or, where allowed, with a few words between their parts. */
class PhraseIndexTest {
    static final RussianAnalysis ANALYSIS = new RussianAnalysis();

    static PhraseIndex<String> index(int gaps) {
        PhraseIndex<String> index = new PhraseIndex<String>().withGaps(gaps);
        index.add(ANALYSIS, "скорая не смогла проехать", "danger");
        return index;
    }

    @Test
    void a_phrase_is_found_in_another_inflection() {
        assertThat(index(0).find(ANALYSIS.analyze("вчера скорая не смогла проехать к дому"))).hasSize(1);
    }

    @Test
    void without_gaps_a_word_inside_the_phrase_breaks_it() {
        assertThat(index(0).find(ANALYSIS.analyze("скорая из Палатки не смогла проехать"))).isEmpty();
    }

    @Test
    void with_gaps_a_place_inside_the_phrase_is_passed_over() {
        var hits = index(2).find(ANALYSIS.analyze("У мамы приступ, скорая из Палатки не смогла проехать, вернулась"));
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).end() - hits.get(0).start()).isEqualTo(6);
    }

    @Test
    void gaps_never_reach_into_the_next_sentence() {
        assertThat(index(2).find(ANALYSIS.analyze("Скорая приехала. Не смогла проехать только машина соседа"))).isEmpty();
    }

    @Test
    void gaps_are_bounded() {
        assertThat(index(2).find(ANALYSIS.analyze("скорая вчера вечером из Палатки не смогла проехать"))).isEmpty();
    }
}
