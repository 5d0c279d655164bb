package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds dictionary phrases in an analysed text. A phrase is a sequence of words matched on their stems, so
 * "нет отопления" also finds "нету отопление"…; a word written with a trailing {@code *} matches any word that
 * begins so ("мусор*" finds мусоровоз, мусорка). Immutable after construction; safe from many threads.
 *
 * @param <T> what a phrase stands for (a topic term, a cue, a place)
 */
public final class PhraseIndex<T> {

    /** One dictionary phrase: each element is a stem, or a word prefix when {@code prefix[i]}. */
    public record Phrase<T>(String[] parts, boolean[] prefix, T value) {
        public int length() {
            return parts.length;
        }
    }

    /** A phrase found at word {@code start} (inclusive) to {@code end} (exclusive). */
    public record Hit<T>(Phrase<T> phrase, int start, int end) {
        public T value() {
            return phrase.value();
        }
    }

    private final Map<String, List<Phrase<T>>> byFirstStem = new HashMap<>();
    /** Prefix phrases keyed by their first two letters, so a word is checked only against likely ones. */
    private final Map<String, List<Phrase<T>>> byFirstPrefix = new HashMap<>();
    private int size;
    /** Words allowed between two parts of a phrase, within one sentence: 0 = the parts stand side by side. */
    private int maxGap;
    /** Phrases shorter than this match only with their parts side by side. */
    private int minGapped = 2;

    /** Lets the parts of a phrase stand up to {@code words} words apart in one sentence. */
    public PhraseIndex<T> withGaps(int words) {
        return withGaps(words, 2);
    }

    /**
     * As {@link #withGaps(int)}, for phrases of {@code minParts} parts or more: a two-word phrase with a gap in it
     * («не … словами») matches too much ordinary speech.
     */
    public PhraseIndex<T> withGaps(int words, int minParts) {
        this.maxGap = words;
        this.minGapped = Math.max(2, minParts);
        return this;
    }

    /** Adds a phrase as written in a dictionary; returns false when it has no words. */
    public boolean add(RussianAnalysis analysis, String text, T value) {
        String[] raw = text.strip().split("\\s+");
        List<String> parts = new ArrayList<>();
        List<Boolean> prefix = new ArrayList<>();
        for (String r : raw) {
            boolean isPrefix = r.endsWith("*") && r.length() > 1;
            String body = isPrefix ? r.substring(0, r.length() - 1) : r;
            if (isPrefix) {
                for (String w : analysis.words(body)) {
                    parts.add(w);
                    prefix.add(false);
                }
                if (!parts.isEmpty()) {
                    prefix.set(prefix.size() - 1, true);
                }
            } else {
                for (String s : analysis.stems(body)) {
                    parts.add(s);
                    prefix.add(false);
                }
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        boolean[] p = new boolean[prefix.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = prefix.get(i);
        }
        Phrase<T> phrase = new Phrase<>(parts.toArray(new String[0]), p, value);
        if (p[0]) {
            String head = phrase.parts()[0];
            byFirstPrefix.computeIfAbsent(AnalyzedText.head(head), k -> new ArrayList<>(1)).add(phrase);
        } else {
            byFirstStem.computeIfAbsent(phrase.parts()[0], k -> new ArrayList<>(1)).add(phrase);
        }
        size++;
        return true;
    }

    public int size() {
        return size;
    }

    public List<Hit<T>> find(AnalyzedText text) {
        List<Hit<T>> out = new ArrayList<>();
        find(text, out::add);
        return out;
    }

    public void find(AnalyzedText text, Consumer<Hit<T>> sink) {
        String[] stems = text.stems();
        String[] words = text.words();
        for (int i = 0; i < stems.length; i++) {
            List<Phrase<T>> candidates = byFirstStem.get(stems[i]);
            if (candidates != null) {
                for (Phrase<T> p : candidates) {
                    int end = matchEnd(p, text, i);
                    if (end > 0) {
                        sink.accept(new Hit<>(p, i, end));
                    }
                }
            }
            if (!byFirstPrefix.isEmpty()) {
                String w = words[i];
                List<Phrase<T>> prefixed = byFirstPrefix.get(text.heads()[i]);
                if (prefixed != null) {
                    for (Phrase<T> p : prefixed) {
                        int end = w.startsWith(p.parts()[0]) ? matchEnd(p, text, i) : -1;
                        if (end > 0) {
                            sink.accept(new Hit<>(p, i, end));
                        }
                    }
                }
            }
        }
    }

    /** Where a phrase that starts at {@code at} ends (exclusive), or -1. */
    private int matchEnd(Phrase<?> p, AnalyzedText text, int at) {
        if (maxGap == 0 || p.length() < minGapped) {
            return matches(p, text, at) ? at + p.length() : -1;
        }
        int pos = at + 1;
        for (int k = 1; k < p.length(); k++) {
            int found = -1;
            for (int j = pos; j <= pos + maxGap && j < text.size() && text.sentence()[j] == text.sentence()[at]; j++) {
                if (part(p, k, text, j)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            pos = found + 1;
        }
        return pos;
    }

    private static boolean part(Phrase<?> p, int k, AnalyzedText text, int j) {
        return p.prefix()[k] ? text.words()[j].startsWith(p.parts()[k]) : text.stems()[j].equals(p.parts()[k]);
    }

    private static boolean matches(Phrase<?> p, AnalyzedText text, int at) {
        if (at + p.length() > text.size()) {
            return false;
        }
        for (int k = 0; k < p.length(); k++) {
            if (!part(p, k, text, at + k)) {
                return false;
            }
        }
        return true;
    }
}
