package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * What only looks bad: words that contain a bad root ({@code застраховать}, {@code рубля}) and set phrases whose words are
 * bad only outside the phrase («в дурака» is the card game, «козла забивают» is dominoes, «строительные козлы» are
 * trestles). Both come from {@code filter/allow.txt}; a line with a space in it is a phrase.
 */
public final class AllowList {
    private final WordPatterns words;
    private final List<Idiom> idioms = new ArrayList<>();

    public AllowList(WordPatterns words) {
        this.words = words;
    }

    /**
     * A set phrase: its normalised words, each a word or a prefix ending in {@code *}, standing side by side in one
     * sentence.
     */
    public record Idiom(List<String> parts, String where) {
        boolean part(int j, String word) {
            String p = parts.get(j);
            return p.endsWith("*") ? word.startsWith(p.substring(0, p.length() - 1)) : word.equals(p);
        }

        @Override
        public String toString() {
            return String.join(" ", parts);
        }
    }

    /**
     * Adds a phrase of two words or more; returns an error message when it is not usable, else null. Words are normalised
     * as the text's are ({@code ё}→{@code е}, lowercase).
     */
    public String addIdiom(String raw, String where) {
        List<String> parts = new ArrayList<>();
        for (String w : raw.strip().split("\\s+")) {
            boolean prefix = w.endsWith("*");
            String core = RussianAnalysis.normalizeWord(prefix ? w.substring(0, w.length() - 1) : w);
            if (core.isEmpty() || !core.chars().allMatch(Character::isLetter) || prefix && core.length() < 2) {
                return "'" + w + "' must be letters (at least 2 before a *) with an optional * at the end";
            }
            parts.add(prefix ? core + "*" : core);
        }
        if (parts.size() < 2) {
            return "'" + raw + "' is one word; a phrase needs two or more";
        }
        for (Idiom i : idioms) {
            if (i.parts().equals(parts)) {
                return "'" + raw + "' is already listed at " + i.where();
            }
        }
        idioms.add(new Idiom(List.copyOf(parts), where));
        return null;
    }

    /** The allowed word pattern a normalised word matches, or null. */
    public WordPatterns.Entry match(String word) {
        return words.match(word);
    }

    /** The set phrase that the word at {@code k} stands in, or null. */
    public Idiom idiomAt(String[] text, int[] sentence, int k) {
        for (Idiom i : idioms) {
            int n = i.parts().size();
            for (int j = 0; j < n; j++) {
                int start = k - j;
                if (start < 0 || start + n > text.length || !i.part(j, text[k])) {
                    continue;
                }
                boolean all = true;
                for (int o = 0; o < n && all; o++) {
                    all = sentence[start + o] == sentence[k] && i.part(o, text[start + o]);
                }
                if (all) {
                    return i;
                }
            }
        }
        return null;
    }
}
