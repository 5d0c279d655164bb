package org.otklik.classifier.internal;

import java.util.List;

/**
 * A post's text after the shared Russian analysis: one entry per word, in order.
 *
 * @param words normalised lowercase surface forms (ё→е, look-alike Latin letters and digits made Cyrillic, long letter runs collapsed)
 * @param stems Snowball stems of {@code words}; a masked word ({@code х*й}) is its own stem
 * @param capitalized whether the word was written with a capital letter (a hint for names of places)
 * @param sentence index of the sentence each word stands in
 * @param marks the punctuation between each word and the one before it: {@link #COMMA} (a comma or a colon),
 *              {@link #DASH} (a dash, or a hyphen with a space beside it), both, or neither (0); and {@link #QUOTED}
 *              when the word itself stands inside quotation marks
 * @param joined words that were spelt letter by letter ({@code х у й}, {@code б.л.я}) joined back, and mixed
 *     Cyrillic-Latin words read with the Latin letters for their sound ({@code pizdец}), for the filter only
 * @param heads each word's first two letters: the key prefix dictionaries are looked up by, made once per text
 *              rather than once per dictionary
 */
public record AnalyzedText(String[] words, String[] stems, boolean[] capitalized, int[] sentence, byte[] marks, List<String> joined,
                           String[] heads) {
    /** A comma or a colon stands before the word. */
    public static final byte COMMA = 1;
    /** A dash stands before the word: «глава — свинья». */
    public static final byte DASH = 2;
    /** The word stands inside quotation marks: «сосед написал: „спалю“». */
    public static final byte QUOTED = 4;

    public AnalyzedText(String[] words, String[] stems, boolean[] capitalized, int[] sentence, byte[] marks, List<String> joined) {
        this(words, stems, capitalized, sentence, marks, joined, heads(words));
    }

    static String head(String word) {
        return word.length() >= 2 ? word.substring(0, 2) : word;
    }

    private static String[] heads(String[] words) {
        String[] out = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            out[i] = head(words[i]);
        }
        return out;
    }

    public int size() {
        return words.length;
    }

    /** The index of the first word of the sentence that word {@code k} stands in. */
    public int sentenceStart(int k) {
        int from = k;
        while (from > 0 && sentence[from - 1] == sentence[k]) {
            from--;
        }
        return from;
    }

    public int sentences() {
        return words.length == 0 ? 0 : sentence[words.length - 1] + 1;
    }
}
