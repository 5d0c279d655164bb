package org.otklik.classifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RussianAnalysisTest {
    private final RussianAnalysis analysis = new RussianAnalysis();

    @Test
    void commas_colons_and_dashes_between_words_are_marked_but_a_hyphen_inside_a_name_is_not() {
        AnalyzedText t = analysis.analyze("Глава Озек-Суата — свинья, крысы: везде - беда");
        // глава, озек, суата, свинья, крысы, везде, беда
        assertThat(t.marks()).containsExactly(0, 0, 0, AnalyzedText.DASH, AnalyzedText.COMMA, AnalyzedText.COMMA,
                AnalyzedText.DASH);
    }

    @Test
    void lowercases_and_turns_yo_into_ye() {
        assertThat(analysis.analyze("Ёлки ЗЕЛЁНЫЕ").words()).containsExactly("елки", "зеленые");
    }

    @Test
    void latin_look_alikes_inside_a_russian_word_become_cyrillic() {
        assertThat(analysis.analyze("xyйня и cyкa").words()).containsExactly("хуйня", "и", "сука");
    }

    @Test
    void a_capital_latin_letter_read_for_its_sound_stays_a_capital_so_a_name_is_still_a_name() {
        assertThat(RussianAnalysis.normalize("ZАВОД и Sергей")).isEqualTo("ЗАВОД и Сергей");
        assertThat(analysis.analyze("пришёл Sергей").capitalized()).containsExactly(false, true);
    }

    @Test
    void latin_words_stay_latin() {
        assertThat(analysis.analyze("Wi-Fi не работает").words()).containsExactly("wi", "fi", "не", "работает");
    }

    @Test
    void a_lone_digit_inside_a_word_is_a_letter_but_a_number_with_a_unit_is_not() {
        assertThat(analysis.analyze("3ae6ал до 40км").words()).containsExactly("заебал", "до", "40км");
    }

    @Test
    void at_sign_inside_a_word_is_a_masked_letter_but_a_mention_is_not() {
        assertThat(analysis.analyze("бл@ть @admin_yelets").words()).containsExactly("бл*ть", "admin", "yelets");
    }

    @Test
    void a_word_in_quotation_marks_is_marked_quoted() {
        AnalyzedText t = analysis.analyze("сосед написал «спалю машину» и ушёл");
        boolean[] quoted = new boolean[t.size()];
        for (int i = 0; i < quoted.length; i++) {
            quoted[i] = (t.marks()[i] & AnalyzedText.QUOTED) != 0;
        }
        assertThat(quoted).containsExactly(false, false, true, true, false, false);
    }

    @Test
    void three_or_more_equal_letters_collapse_to_one_but_a_double_letter_stays() {
        assertThat(analysis.analyze("сууука класс ооочень").words()).containsExactly("сука", "класс", "очень");
    }

    @Test
    void masking_stars_stay_inside_the_word() {
        assertThat(analysis.analyze("п**дец какой").words()).containsExactly("п**дец", "какой");
    }

    @Test
    void letters_split_by_spaces_or_dots_are_joined_for_the_filter() {
        assertThat(analysis.analyze("ну ты х у й, б.л.я.т.ь").joined()).containsExactly("хуй", "блять");
    }

    @Test
    void inflected_forms_share_a_stem() {
        String[] a = analysis.analyze("отопление").stems();
        String[] b = analysis.analyze("отопления").stems();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void sentences_are_counted_but_an_abbreviation_dot_does_not_end_one() {
        AnalyzedText t = analysis.analyze("Яма на ул. Мира. Сделайте!");
        assertThat(t.sentence()).containsExactly(0, 0, 0, 0, 1);
    }

    @Test
    void a_dot_after_a_short_word_that_is_no_abbreviation_ends_a_sentence() {
        assertThat(analysis.analyze("Звонил в МФЦ. Сказали ждать").sentence()).containsExactly(0, 0, 0, 1, 1);
        assertThat(analysis.analyze("Приходил А. С. Петров").sentence()).containsExactly(0, 0, 0, 0);
    }

    @Test
    void a_mixed_word_is_also_read_with_its_latin_letters_for_their_sound_for_the_filter() {
        assertThat(analysis.analyze("pizdец").joined()).containsExactly("пиздец");
        assertThat(analysis.analyze("хорошо, сразу").joined()).isEmpty();
    }

    @Test
    void latin_letters_are_read_for_their_sound_digraphs_first_in_whole_latin_and_in_mixed_words_alike() {
        assertThat(RussianAnalysis.heard("pizdec")).isEqualTo("пиздец");
        assertThat(RussianAnalysis.heard("zhопа")).isEqualTo("жопа");
        assertThat(RussianAnalysis.heard("schётка")).isEqualTo("щетка");
    }
}
