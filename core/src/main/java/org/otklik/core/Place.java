package org.otklik.core;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry: a settlement, a street or a landmark (river, lake, park) of a municipality.
 *
 * @param kind what it is in Russian usage: город, пгт, село, станица, улица, река, …
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

    /** Not where people live nor an address, yet it says which municipality a post is about: "у Быстрой Сосны". */
    public boolean isLandmark() {
        return switch (kind) {
            case "река", "озеро", "парк" -> true;
            default -> false;
        };
    }

    public boolean isSettlement() {
        return !isStreet() && !isLandmark();
    }
}
