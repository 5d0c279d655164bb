package org.otklik.core;

import java.util.Locale;

/** {@code high} is the regulations' "инцидент повышенной важности": shorter deadline where the profile has one, immediate report to the chief. */
public enum Importance {
    NORMAL, HIGH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Importance fromCode(String code) {
        return switch (code == null ? "" : code.trim().toLowerCase(Locale.ROOT)) {
            case "normal" -> NORMAL;
            case "high" -> HIGH;
            default -> throw new IllegalArgumentException("unknown importance '" + code + "', expected normal or high");
        };
    }
}
