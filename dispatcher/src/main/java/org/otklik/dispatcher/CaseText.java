package org.otklik.dispatcher;

import java.time.Instant;
import java.util.Locale;

/** A draft, an answer, an interim answer or a co-executor's contribution, as written. */
public record CaseText(long caseId, Kind kind, String author, String department, Instant at, String text) {
    public enum Kind {
        DRAFT, ANSWER, INTERIM, CONTRIBUTION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** Longest text kept: as long as a post may be. */
    public static final int MAX_CHARS = 20_000;
}
