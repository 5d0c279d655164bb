package org.otklik.dispatcher.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Word shingles of a text and their Jaccard similarity: how much two messages say the same words in the same order. */
public final class Shingles {
    private static final int SIZE = 3;

    private Shingles() {
    }

    /** Lower-cased words of letters and digits, ё as е, words cut to 6 characters so that inflections still meet. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        String s = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                String w = s.substring(start, i);
                if (w.length() > 2) {
                    out.add(w.length() > 6 ? w.substring(0, 6) : w);
                }
            }
        }
        return out;
    }

    /** Shingles of {@value #SIZE} words; a text shorter than that is one shingle of all its words, or its single words. */
    public static Set<String> of(String text) {
        List<String> w = words(text);
        Set<String> out = new HashSet<>();
        if (w.size() < SIZE) {
            out.addAll(w);
            return out;
        }
        for (int i = 0; i + SIZE <= w.size(); i++) {
            out.add(String.join(" ", w.subList(i, i + SIZE)));
        }
        return out;
    }

    /** The better of shingle and plain word overlap: the same complaint in other words still shares its words. */
    public static double similarity(String a, String b) {
        return Math.max(jaccard(of(a), of(b)), jaccard(new HashSet<>(words(a)), new HashSet<>(words(b))));
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a.size() < b.size() ? a : b) {
            if ((a.size() < b.size() ? b : a).contains(s)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }
}
