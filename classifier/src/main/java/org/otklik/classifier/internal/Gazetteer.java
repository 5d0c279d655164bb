package org.otklik.classifier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.otklik.core.Location;
import org.otklik.core.Municipality;
import org.otklik.core.Place;

/**
 * Finds settlements and streets of the configured municipalities in a text, on inflected forms: a gazetteer
 * name is stemmed by the same analysis as the post, so "в Ключах", "из Стекольного", "станицы Калининской"
 * find Ключи, Стекольный, Калининская. A municipality hint narrows the search; without one all are searched.
 */
public final class Gazetteer implements PlaceStage {
    private static final Locale RU = Locale.forLanguageTag("ru");
    /** Words and abbreviations that name the kind of a place: written before a name, never part of it. */
    private static final Set<String> KIND_WORDS = Set.of("г", "город", "с", "село", "ст", "ца", "станица", "пос", "п", "пгт",
            "поселок", "посёлок", "х", "хутор", "а", "аул", "д", "деревня", "ул", "улица", "пл", "площадь", "мкр", "мкрн",
            "микрорайон", "сл", "слобода", "пер", "переулок", "пр", "проспект", "курорт", "рп");
    private static final Set<String> PREPOSITIONS = Set.of("в", "во", "из", "на", "у", "до", "под", "около", "возле", "за", "по",
            "с", "со", "от", "к", "ко", "из-под", "между", "через", "над", "село", "станица", "станицы", "станице", "поселок", "поселке",
            "поселка", "хутор", "хуторе", "аул", "ауле", "города", "городе", "город", "села", "селе", "пгт", "ст", "пос", "п", "г",
            "х", "а", "сл", "жители", "жителей", "житель");
    private static final Set<String> STREET_WORDS = Set.of("ул", "улица", "улице", "улицу", "улицы", "улицей", "пр", "проспект",
            "проспекте", "пер", "переулок", "переулке", "пл", "площадь", "площади", "мкр", "мкрн", "микрорайон", "микрорайоне");
    /** Words that put a street name in place: "на Мира", "по Советской", "угол Ленина". */
    private static final Set<String> STREET_PREPOSITIONS = Set.of("на", "по", "угол", "углу", "до", "от", "у", "возле", "около", "с");
    private static final Set<String> TRIP_ENDS = Set.of("из", "от", "до");
    private static final Set<String> HOUSE_WORDS = Set.of("д", "дом", "дома", "доме", "домом", "домов", "№");
    /** "Калининский район", "Нефтекумский округ": the district, not its centre. */
    private static final Set<String> DISTRICT_STEMS = Set.of("район", "округ", "сельсовет", "поселен", "муниципальн");

    private record Ref(Municipality municipality, Place place) {
    }

    private final Map<String, Municipality> municipalities = new HashMap<>();
    /** A gazetteer's names by what they are: settlements, streets (and microdistricts), landmarks. */
    private record Indexes(PhraseIndex<Ref> settlements, PhraseIndex<Ref> streets, PhraseIndex<Ref> landmarks) {
        Indexes() {
            this(new PhraseIndex<>(), new PhraseIndex<>(), new PhraseIndex<>());
        }

        PhraseIndex<Ref> of(Place p) {
            return p.isStreet() ? streets : p.isLandmark() ? landmarks : settlements;
        }
    }

    private final Map<String, Indexes> byMunicipality = new HashMap<>();
    private final Indexes all = new Indexes();
    /** Each municipality's settlements, the administrative centre first; derived once, not per post. */
    private final Map<String, List<Place>> settlementsOf = new HashMap<>();
    /** Each municipality's administrative centre: the first settlement of its gazetteer. */
    private final Set<Place> centres = new java.util.HashSet<>();

    public Gazetteer(RussianAnalysis analysis, List<Municipality> served) {
        for (Municipality m : served) {
            municipalities.put(m.id(), m);
            settlementsOf.put(m.id(), m.settlements());
            if (!m.settlements().isEmpty()) {
                centres.add(m.settlements().get(0));
            }
            Indexes own = new Indexes();
            for (Place p : m.places()) {
                List<String> names = new ArrayList<>();
                names.add(p.name());
                names.addAll(p.variants());
                for (String name : names) {
                    String bare = bare(analysis, name);
                    if (bare.isEmpty()) {
                        continue;
                    }
                    Ref ref = new Ref(m, p);
                    for (String form : inflections(analysis, bare)) {
                        own.of(p).add(analysis, form, ref);
                        all.of(p).add(analysis, form, ref);
                    }
                }
            }
            byMunicipality.put(m.id(), own);
        }
    }

    private static final String[] ENDINGS = {"", "а", "я", "у", "ю", "е", "и", "ы", "о", "ой", "ей", "ом", "ем", "ам", "ям", "ах",
            "ях", "ами", "ов", "ев", "ую", "ая", "ое", "ого", "ому", "ым", "ых", "ий", "ые"};

    /**
     * The name in the inflected forms a text may use, as phrases whose stems differ: Snowball stems "Курган" to
     * "курга" but "Кургане" to "курган", "Поляна" to "поля" but "Поляне" to "полян", so matching only the name's own
     * stem would miss "в Андрей-Кургане" and "в Зелёной Поляне". Each word is tried with the case endings on its
     * base; the phrases are every combination of the distinct forms (names have one to three words).
     */
    static java.util.Set<String> inflections(RussianAnalysis analysis, String bare) {
        String[] words = bare.split(" ");
        List<List<String>> perWord = new ArrayList<>();
        for (String w : words) {
            java.util.Map<String, String> byStem = new java.util.LinkedHashMap<>();
            String own = String.join(" ", analysis.stems(w));
            byStem.put(own, w);
            if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
                String base = w;
                while (base.length() > 3 && "аяоеиыйьу".indexOf(base.charAt(base.length() - 1)) >= 0) {
                    base = base.substring(0, base.length() - 1);
                }
                List<String> bases = new ArrayList<>(List.of(base));
                if (w.length() >= 5 && (w.endsWith("ок") || w.endsWith("ек"))) {
                    // a fleeting vowel: "Соцгородок" → "на Соцгородке", "Лучок" → "в Лучке"
                    bases.add(w.substring(0, w.length() - 2) + "к");
                }
                for (String b : bases) {
                    for (String e : ENDINGS) {
                        String form = b + e;
                        String stem = String.join(" ", analysis.stems(form));
                        // a form whose stem is shorter than the name's own ("Торговая" → "торг") would match other words;
                        // a base without its fleeting vowel is one letter shorter by nature
                        if (stem.length() >= own.length() - (b.equals(base) ? 0 : 1)) {
                            byStem.putIfAbsent(stem, form);
                        }
                    }
                }
            }
            perWord.add(new ArrayList<>(byStem.values()));
        }
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        combine(perWord, 0, "", out);
        return out;
    }

    private static void combine(List<List<String>> perWord, int i, String prefix, java.util.Set<String> out) {
        if (i == perWord.size()) {
            out.add(prefix.strip());
            return;
        }
        for (String w : perWord.get(i)) {
            combine(perWord, i + 1, prefix + " " + w, out);
        }
    }

    /** The name without the kind words around it: "ст. Калининская" → "Калининская", "3-й Ламской пер." → "3 й Ламской". */
    private static String bare(RussianAnalysis analysis, String name) {
        String[] words = analysis.words(name);
        int from = 0;
        int to = words.length;
        while (from < to && KIND_WORDS.contains(words[from])) {
            from++;
        }
        while (to > from && KIND_WORDS.contains(words[to - 1])) {
            to--;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }

    @Override
    public Location locate(AnalyzedText text, String hint, boolean local, List<String> reasons) {
        Municipality hinted = hint == null ? null : municipalities.get(hint);
        Indexes index = hinted == null ? all : byMunicipality.get(hinted.id());

        List<PhraseIndex.Hit<Ref>> places = names(index.settlements().find(text), text, false);
        PhraseIndex.Hit<Ref> settlement = earliest(places);
        List<PhraseIndex.Hit<Ref>> streetHits = index.streets().find(text);
        PhraseIndex.Hit<Ref> street = earliest(names(streetHits, text, true));
        PhraseIndex.Hit<Ref> landmark = earliest(names(index.landmarks().find(text), text, false));
        settlement = notTheCentre(settlement, places, text);
        Municipality m = hinted;
        if (m == null) {
            m = settlement != null ? settlement.value().municipality() : street != null ? street.value().municipality()
                    : landmark != null ? landmark.value().municipality() : null;
        }
        if (m == null) {
            return null;
        }
        String settlementName = null;
        if (settlement != null && settlement.value().municipality() == m) {
            settlementName = settlement.value().place().name();
            reasons.add("место: " + settlementName + " («" + span(text, settlement) + "»)");
        }
        String streetName = null;
        int houseFrom = -1;
        if (street != null && street.value().municipality() == m) {
            streetName = street.value().place().name();
            houseFrom = street.end();
            reasons.add("место: " + street.value().place().kind() + " " + streetName + " («" + span(text, street) + "»)");
        } else {
            int[] found = streetByPattern(text);
            if (found != null) {
                streetName = streetName(text.words()[found[0]]);
                houseFrom = found[0] + 1;
                reasons.add("место: улица " + streetName + " (по шаблону)");
            }
        }
        List<Place> ms = settlementsOf.get(m.id());
        if (settlementName == null && street != null) {
            // a street of the gazetteer says which settlement it is: gazetteers list the centre's streets
            settlementName = ms.get(0).name();
            reasons.add("место: " + settlementName + " (улица центра)");
        } else if (settlementName == null && local && ms.size() == 1) {
            String anchor = anchor(m, landmark, streetName, streetHits, text);
            if (anchor != null) {
                settlementName = ms.get(0).name();
                reasons.add("место: " + settlementName + " (единственный населённый пункт; " + anchor + ")");
            }
        }
        String house = house(text, houseFrom);
        return new Location(m.id(), settlementName, streetName, house);
    }

    /**
     * What in the post belongs to a one-settlement municipality (a city): a landmark of its gazetteer ("у Быстрой
     * Сосны"), a street by pattern, or one of its streets named without a street word ("на клубной", "Профинтерна —
     * тротуар…"). Such a street is too weak to be the post's street but enough to say the post is about the city.
     */
    private static String anchor(Municipality m, PhraseIndex.Hit<Ref> landmark, String streetName, List<PhraseIndex.Hit<Ref>> streetHits,
            AnalyzedText text) {
        if (landmark != null && landmark.value().municipality() == m) {
            return landmark.value().place().kind() + " " + landmark.value().place().name();
        }
        if (streetName != null) {
            return "улица " + streetName;
        }
        for (PhraseIndex.Hit<Ref> h : streetHits) {
            int i = h.start();
            String prev = i > 0 ? text.words()[i - 1] : "";
            if (h.value().municipality() == m && (text.capitalized()[i] || STREET_PREPOSITIONS.contains(prev))) {
                return h.value().place().kind() + " " + h.value().place().name();
            }
        }
        return null;
    }

    private static String span(AnalyzedText text, PhraseIndex.Hit<?> hit) {
        return String.join(" ", java.util.Arrays.copyOfRange(text.words(), hit.start(), hit.end()));
    }

    /**
     * "Из Нефтекумска в Ачикулак", "автобус от Ключей до Петухов": a post that names its municipality's centre as the
     * start or end of a trip and another of its settlements is about the other one, where people live.
     */
    private PhraseIndex.Hit<Ref> notTheCentre(PhraseIndex.Hit<Ref> chosen, List<PhraseIndex.Hit<Ref>> places, AnalyzedText text) {
        if (chosen == null || chosen.start() == 0 || !TRIP_ENDS.contains(text.words()[chosen.start() - 1]) || !isCentre(chosen.value())) {
            return chosen;
        }
        for (PhraseIndex.Hit<Ref> h : places) {
            if (h.value().municipality() == chosen.value().municipality() && !isCentre(h.value())) {
                return h;
            }
        }
        return chosen;
    }

    private boolean isCentre(Ref r) {
        return centres.contains(r.place());
    }

    private static PhraseIndex.Hit<Ref> earliest(List<PhraseIndex.Hit<Ref>> hits) {
        PhraseIndex.Hit<Ref> best = null;
        for (PhraseIndex.Hit<Ref> h : hits) {
            if (best == null || h.start() < best.start() || (h.start() == best.start() && h.end() > best.end())) {
                best = h;
            }
        }
        return best;
    }

    /** The hits that stand like a name: capitalised, after a preposition or kind word, not "…ский район". */
    private static List<PhraseIndex.Hit<Ref>> names(List<PhraseIndex.Hit<Ref>> hits, AnalyzedText text, boolean street) {
        List<PhraseIndex.Hit<Ref>> out = new ArrayList<>();
        for (PhraseIndex.Hit<Ref> h : hits) {
            int i = h.start();
            String prev = i > 0 ? text.words()[i - 1] : "";
            boolean cap = text.capitalized()[i];
            boolean numbered = h.end() < text.size() && startsWithDigit(text.words()[h.end()])
                    && text.sentence()[h.end()] == text.sentence()[i];
            // "палатка. у школы №1…": a name alone before the first full stop is the post's heading, written in lowercase
            boolean heading = !street && i == 0 && (h.end() == text.size() || text.sentence()[h.end()] != text.sentence()[i]);
            // "в Соцгородке": one lives in a microdistrict as in a settlement, so "в" marks it too
            boolean inArea = "микрорайон".equals(h.value().place().kind()) && (prev.equals("в") || prev.equals("во"));
            boolean marked = street ? STREET_WORDS.contains(prev) || numbered || (cap && (STREET_PREPOSITIONS.contains(prev) || inArea))
                    : PREPOSITIONS.contains(prev) || heading;
            if (street && !marked) {
                // "парк Победы", "имени Бунина", "Мира и добра": a capital letter alone does not make a street
                continue;
            }
            String head = text.stems()[i];
            boolean shortName = h.end() - h.start() == 1 && head.length() < 4;
            if (!(cap || marked) || (shortName && !cap && !(KIND_WORDS.contains(prev)))) {
                continue;
            }
            if (!street && !agrees(h.value().place().name(), text.words()[h.end() - 1])) {
                continue;
            }
            if (!street && h.end() < text.size() && isDistrict(text.stems()[h.end()]) && ADJECTIVE.matcher(text.words()[h.end() - 1]).matches()) {
                continue;
            }
            out.add(h);
        }
        return out;
    }

    /**
     * An adjective-shaped name keeps its gender in every case: the stem of "Целинное" (село) is the stem of "Целинной"
     * (улица), but a neuter or masculine name never ends in -ой/-ая/-ую, so "на Целинной в Ключах" is a street of Ключи.
     */
    static boolean agrees(String name, String word) {
        String n = name.toLowerCase(RU);
        boolean neuter = n.endsWith("ое") || n.endsWith("ее");
        boolean masculine = n.endsWith("ый") || n.endsWith("ий");
        if (!neuter && !masculine) {
            return true;
        }
        return !(word.endsWith("ой") || word.endsWith("ая") || word.endsWith("ую") || word.endsWith("яя") || word.endsWith("юю"));
    }

    /** "Калининского (района)": only an adjective before "район"/"округ" names a district; "Ключи, район больницы" is the town. */
    private static final java.util.regex.Pattern ADJECTIVE = java.util.regex.Pattern.compile(".*[сц]к(ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их)");

    private static boolean isDistrict(String stem) {
        for (String d : DISTRICT_STEMS) {
            if (stem.startsWith(d)) {
                return true;
            }
        }
        return false;
    }

    /** "ул. Центральной", "улица Садовая": the word after a street word; returns its position. */
    private static int[] streetByPattern(AnalyzedText text) {
        for (int i = 0; i + 1 < text.size(); i++) {
            if (STREET_WORDS.contains(text.words()[i]) && text.sentence()[i] == text.sentence()[i + 1]) {
                String next = text.words()[i + 1];
                if (Character.isLetter(next.charAt(0)) && next.length() > 2 && text.capitalized()[i + 1]) {
                    return new int[] {i + 1};
                }
            }
        }
        return null;
    }

    /** An adjective street name back to the nominative the gazetteer uses: "Садовой" → "Садовая". */
    private static String streetName(String word) {
        String w = word;
        if (w.endsWith("ой") || w.endsWith("ую") || w.endsWith("ей")) {
            w = w.substring(0, w.length() - 2) + "ая";
        }
        return w.substring(0, 1).toUpperCase(RU) + w.substring(1);
    }

    private static String house(AnalyzedText text, int after) {
        if (after >= 0 && after < text.size() && startsWithDigit(text.words()[after])) {
            return text.words()[after];
        }
        for (int i = 0; i + 1 < text.size(); i++) {
            if (HOUSE_WORDS.contains(text.words()[i]) && startsWithDigit(text.words()[i + 1])) {
                return text.words()[i + 1];
            }
        }
        return null;
    }

    private static boolean startsWithDigit(String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) && w.length() <= 5;
    }
}
