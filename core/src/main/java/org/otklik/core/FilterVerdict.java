package org.otklik.core;

import java.util.Locale;

/**
 * The regulations' exclusion filter: messages with obscene or insulting language, or threats
 * to life, health or property, are kept but neither processed nor answered.
 */
public enum FilterVerdict {
    NONE, OBSCENE, INSULT, THREAT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean excludes() {
        return this != NONE;
    }

    public static FilterVerdict fromCode(String code) {
        for (FilterVerdict v : values()) {
            if (v.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown filter verdict '" + code + "', expected none, obscene, insult or threat");
    }
}
