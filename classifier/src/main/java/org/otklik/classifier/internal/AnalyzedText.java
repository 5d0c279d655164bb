package org.otklik.classifier.internal;

import java.util.List;

/**
 * A post's text after the shared Russian analysis: one entry per word, in order.
 *
 * @param words normalised lowercase surface forms (ё→е, look-alike Latin letters and digits made Cyrillic, long letter runs collapsed)
 * @param stems Snowball stems of {@code words}; a masked word ({@code х*й}) is its own stem
 * @param capitalized whether the word was written with a capital letter (a hint for names of places)
 * @param sentence index of the sentence each word stands in
 * @param joined words that were spelt letter by letter ({@code х у й}, {@code б.л.я}) joined back, for the filter only
 */
public record AnalyzedText(String[] words, String[] stems, boolean[] capitalized, int[] sentence, List<String> joined) {

    public int size() {
        return words.length;
    }

    public int sentences() {
        return words.length == 0 ? 0 : sentence[words.length - 1] + 1;
    }
}
