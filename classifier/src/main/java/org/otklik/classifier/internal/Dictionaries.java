package org.otklik.classifier.internal;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.otklik.config.ConfigException;
import org.otklik.config.LineFile;

/**
 * Reads the administrator's dictionary files (one entry a line, {@code #} comments) and validates every line,
 * naming {@code file:line} for anything wrong.
 */
public final class Dictionaries {
    private Dictionaries() {
    }

    /** Lines {@code term or phrase} or {@code term or phrase | weight}; the weight defaults to 1. */
    public static PhraseIndex<Term> terms(RussianAnalysis analysis, Path file, Path base) {
        PhraseIndex<Term> index = new PhraseIndex<>();
        terms(analysis, file, base, index, t -> t);
        return index;
    }

    /** As {@link #terms(RussianAnalysis, Path, Path)}, adding each term to {@code index} wrapped by {@code wrap}. */
    public static <T> void terms(RussianAnalysis analysis, Path file, Path base, PhraseIndex<T> index,
                                 java.util.function.Function<Term, T> wrap) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (LineFile.Line line : LineFile.read(file)) {
            String[] parts = line.text().split("\\|", -1);
            if (parts.length > 2) {
                throw line.error(null, "expected 'term' or 'term | weight'");
            }
            String text = parts[0].strip();
            double weight = 1;
            if (parts.length == 2) {
                weight = weight(line, parts[1].strip());
            }
            checkPrefixes(line, text);
            String key = String.join(" ", analysis.stems(text.replace("*", ""))) + (text.contains("*") ? "*" : "");
            Integer before = seen.putIfAbsent(key, line.number());
            if (before != null) {
                throw line.error("term", "'" + text + "' is the same term as line " + before);
            }
            if (!index.add(analysis, text, wrap.apply(new Term(text, weight, where(base, line))))) {
                throw line.error("term", "'" + text + "' has no words");
            }
        }
    }

    /** Lines {@code слово}, {@code корень*}, {@code *корень}, {@code *корень*}. */
    public static WordPatterns patterns(Path file, Path base) {
        WordPatterns p = new WordPatterns();
        if (!java.nio.file.Files.isRegularFile(file)) {
            return p;
        }
        for (LineFile.Line line : LineFile.read(file)) {
            addPattern(p, line, line.text(), base);
        }
        return p;
    }

    /**
     * The allow-list: word lines as in {@link #patterns(Path, Path)}, and lines of two words or more ({@code в дурака},
     * {@code козла забива*}) that are set phrases.
     */
    public static AllowList allowList(Path file, Path base) {
        WordPatterns words = new WordPatterns();
        AllowList allow = new AllowList(words);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return allow;
        }
        for (LineFile.Line line : LineFile.read(file)) {
            if (line.text().strip().contains(" ")) {
                String problem = allow.addIdiom(line.text(), where(base, line));
                if (problem != null) {
                    throw line.error("phrase", problem);
                }
            } else {
                addPattern(words, line, line.text(), base);
            }
        }
        return allow;
    }

    /**
     * Lines {@code kind | pattern}: phrase, vague, veil, hint and risk lines are phrases matched by stems, the other kinds
     * ({@link ThreatRules.Kind}) word patterns.
     */
    public static ThreatRules threats(RussianAnalysis analysis, Path file, Path base) {
        // «спущу его самого с лестницы», «мало ей не покажется»: people put a word or two inside a set phrase of three
        // words or more (a two-word one with a gap, «не … словами», is ordinary speech)
        PhraseIndex<ThreatRules.ThreatPhrase> phrases = new PhraseIndex<ThreatRules.ThreatPhrase>().withGaps(2, 3);
        Map<ThreatRules.Kind, WordPatterns> words = new EnumMap<>(ThreatRules.Kind.class);
        kindLines(file, "harm1 | сожгу", (line, code, text) -> {
            ThreatRules.Kind kind;
            try {
                kind = ThreatRules.Kind.fromCode(code);
            } catch (IllegalArgumentException e) {
                throw line.error("kind", e.getMessage());
            }
            if (kind.phrase()) {
                checkPrefixes(line, text);
                if (!phrases.add(analysis, text, new ThreatRules.ThreatPhrase(kind, text))) {
                    throw line.error("pattern", "'" + text + "' has no words");
                }
            } else {
                addPattern(words.computeIfAbsent(kind, k -> new WordPatterns()), line, text, base);
            }
        });
        return new ThreatRules(phrases, words);
    }

    /**
     * Reads the insult figures file: lines {@code person | pattern}, {@code figure | pattern}, {@code thing | pattern}, {@code office | pattern},
     * {@code trait | pattern}, {@code attire | pattern}, {@code vehicle | pattern}, {@code herd | pattern} and {@code deed | pattern}.
     */
    public static InsultFigures figures(Path file, Path base) {
        WordPatterns persons = new WordPatterns();
        WordPatterns figures = new WordPatterns();
        WordPatterns things = new WordPatterns();
        WordPatterns offices = new WordPatterns();
        WordPatterns traits = new WordPatterns();
        WordPatterns attires = new WordPatterns();
        WordPatterns vehicles = new WordPatterns();
        WordPatterns herds = new WordPatterns();
        WordPatterns deeds = new WordPatterns();
        kindLines(file, "figure | свинья", (line, code, text) -> addPattern(switch (code) {
            case "person" -> persons;
            case "figure" -> figures;
            case "thing" -> things;
            case "office" -> offices;
            case "trait" -> traits;
            case "attire" -> attires;
            case "vehicle" -> vehicles;
            case "herd" -> herds;
            case "deed" -> deeds;
            default -> throw line.error("kind", "'" + code + "' is not one of: person, figure, thing, office, trait, attire, vehicle, herd, deed");
        }, line, text, base));
        return new InsultFigures(persons, figures, things, offices, traits, attires, vehicles, herds, deeds);
    }

    private interface KindLine {
        void accept(LineFile.Line line, String kind, String text);
    }

    /** Each {@code kind | pattern} line of a file that may be missing (then there are none). */
    private static void kindLines(Path file, String example, KindLine each) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return;
        }
        for (LineFile.Line line : LineFile.read(file)) {
            String[] parts = line.text().split("\\|", -1);
            if (parts.length != 2) {
                throw line.error(null, "expected 'kind | pattern', e.g. '" + example + "'");
            }
            each.accept(line, parts[0].strip(), parts[1].strip());
        }
    }

    private static void addPattern(WordPatterns to, LineFile.Line line, String text, Path base) {
        String problem = to.add(text, where(base, line));
        if (problem != null) {
            throw line.error("pattern", problem);
        }
    }

    private static void checkPrefixes(LineFile.Line line, String text) {
        for (String w : text.split("\\s+")) {
            if (w.endsWith("*") && w.length() < 3) {
                throw line.error("term", "'" + w + "': a prefix needs at least 2 letters before *");
            }
            if (w.startsWith("*")) {
                throw line.error("term", "'" + w + "': only a trailing * (prefix) is allowed here");
            }
        }
    }

    private static double weight(LineFile.Line line, String v) {
        try {
            double d = Double.parseDouble(v);
            if (d > 0 && d <= 10) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw line.error("weight", "'" + v + "' is not a number in 0..10");
    }

    static String where(Path base, LineFile.Line line) {
        Path f = line.file();
        String name = base != null && f.startsWith(base) ? base.relativize(f).toString().replace('\\', '/') : f.toString();
        return name + ":" + line.number();
    }

    /** A configuration error for a whole file. */
    public static ConfigException fileError(Path file, String problem) {
        return new ConfigException(file, 0, null, problem);
    }
}
