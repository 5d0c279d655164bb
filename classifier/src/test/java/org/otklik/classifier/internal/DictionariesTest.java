package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.otklik.config.ConfigException;

class DictionariesTest {
    static final RussianAnalysis ANALYSIS = new RussianAnalysis();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void a_bad_weight_names_file_line_and_field() throws IOException {
        Path f = write("topics/roads.txt", "# дороги\nяма\nасфальт | много\n");
        assertThatThrownBy(() -> Dictionaries.terms(ANALYSIS, f, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessage(f + ":3: weight: 'много' is not a number in 0..10")
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(3));
    }

    @Test
    void the_same_term_twice_names_both_lines() throws IOException {
        Path f = write("topics/roads.txt", "яма\nдорога\nямы\n");
        assertThatThrownBy(() -> Dictionaries.terms(ANALYSIS, f, dir))
                .hasMessage(f + ":3: term: 'ямы' is the same term as line 1");
    }

    @Test
    void a_filter_pattern_with_a_lone_star_names_file_and_line() throws IOException {
        Path f = write("filter/obscene.txt", "бля*\n\n# comment\n*\n");
        assertThatThrownBy(() -> Dictionaries.patterns(f, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":4: pattern: '*' must be letters");
    }

    @Test
    void an_allowed_phrase_with_a_bad_word_names_file_line_and_the_word() throws IOException {
        Path f = write("filter/allow.txt", "хлеб*\nв дурака\nкозла за-бивают\n");
        assertThatThrownBy(() -> Dictionaries.allowList(f, dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":3: phrase: 'за-бивают' must be letters");
    }

    @Test
    void an_allowed_phrase_listed_twice_names_the_first_line() throws IOException {
        Path f = write("filter/allow.txt", "в дурака\nхлеб*\nВ  дурака\n");
        assertThatThrownBy(() -> Dictionaries.allowList(f, dir))
                .hasMessage(f + ":3: phrase: 'В  дурака' is already listed at filter/allow.txt:1");
    }

    @Test
    void an_allowed_phrase_clears_its_words_only_side_by_side_in_one_sentence() throws IOException {
        AllowList allow = Dictionaries.allowList(write("filter/allow.txt", "козла забив*\n"), dir);
        int[] one = {0, 0, 0, 0};
        assertThat(allow.idiomAt(new String[] {"мужики", "козла", "забивают", "вечером"}, one, 1)).hasToString("козла забив*");
        assertThat(allow.idiomAt(new String[] {"мужики", "козла", "забивают", "вечером"}, one, 2)).isNotNull();
        assertThat(allow.idiomAt(new String[] {"козла", "мужики", "забивают", "вечером"}, one, 0)).isNull();
        assertThat(allow.idiomAt(new String[] {"мужики", "козла", "забивают", "вечером"}, new int[] {0, 0, 1, 1}, 1)).isNull();
    }

    @Test
    void an_unknown_threat_rule_kind_names_file_and_line() throws IOException {
        Path f = write("filter/threat.txt", "harm1 | сожгу\nугроза | убью\n");
        assertThatThrownBy(() -> Dictionaries.threats(ANALYSIS, f, dir))
                .hasMessageStartingWith(f + ":2: kind: unknown kind 'угроза'");
    }

    @Test
    void a_vague_threat_line_is_a_phrase_that_a_legal_step_beside_it_cancels() throws IOException {
        Path f = write("filter/threat.txt", "vague | пожалеете\nlegal | суд*\n");
        ThreatRules rules = Dictionaries.threats(ANALYSIS, f, dir);
        assertThat(find(rules, "Не сделаете дорогу — пожалеете")).isEqualTo("«пожалеете»");
        assertThat(find(rules, "Вы пожалеете, когда придёт ответ из суда")).isNull();
    }

    @Test
    void a_veil_line_needs_a_second_signal() throws IOException {
        Path f = write("filter/threat.txt", "veil | машина у тебя\nrisk | жалко будет если\ncause | ям*\n");
        ThreatRules rules = Dictionaries.threats(ANALYSIS, f, dir);
        assertThat(find(rules, "Машина у тебя хорошая")).isNull();
        assertThat(find(rules, "Машина у тебя хорошая, жалко будет, если сгорит")).isNotNull();
        assertThat(find(rules, "Машина у тебя хорошая, жалко будет, если в яму въедешь")).isNull();
    }

    private static String find(ThreatRules rules, String text) {
        AnalyzedText t = ANALYSIS.analyze(text);
        int[] masks = new int[t.size()];
        for (int i = 0; i < masks.length; i++) {
            masks[i] = rules.mask(t.words()[i]);
        }
        return rules.find(t, masks).threat();
    }

    @Test
    void an_unknown_figure_kind_names_file_and_line() throws IOException {
        Path f = write("filter/figures.txt", "person | глава\nживотное | свинья\n");
        assertThatThrownBy(() -> Dictionaries.figures(f, dir))
                .hasMessageStartingWith(f + ":2: kind: 'животное' is not one of: person, figure");
    }

    @Test
    void a_term_matches_its_inflected_forms_and_knows_its_line() throws IOException {
        Path f = write("topics/housing.txt", "# ЖКХ\nнет отопления | 2\n");
        PhraseIndex<Term> index = Dictionaries.terms(ANALYSIS, f, dir);
        var hits = index.find(ANALYSIS.analyze("Третий день нет отопление в доме"));
        assertThat(hits).singleElement().satisfies(h -> {
            assertThat(h.value().where()).isEqualTo("topics/housing.txt:2");
            assertThat(h.value().weight()).isEqualTo(2.0);
        });
    }

    @Test
    void a_prefix_term_matches_longer_words() throws IOException {
        Path f = write("topics/waste.txt", "мусор*\n");
        assertThat(Dictionaries.terms(ANALYSIS, f, dir).find(ANALYSIS.analyze("мусоровоз не приехал"))).hasSize(1);
    }
}
