package org.otklik.core;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry: a settlement or a street of a municipality.
 *
 * @param kind what it is in Russian usage: город, пгт, село, станица, улица, …
 * @param name the bare official name in the nominative (Ключи, Калининская); the label used everywhere
 * @param variants other spellings people write (not grammatical inflections)
 */
public record Place(String kind, String name, List<String> variants) {
    public Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        variants = List.copyOf(variants);
    }

    public boolean isStreet() {
        return switch (kind) {
            case "улица", "проспект", "переулок", "площадь", "микрорайон", "шоссе", "бульвар", "проезд" -> true;
            default -> false;
        };
    }
}
