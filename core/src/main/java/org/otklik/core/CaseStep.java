package org.otklik.core;

import java.util.Locale;

/**
 * The step a case is at. Main path:
 * {@code new → routed → in_work → draft_submitted → (rework → draft_submitted)* → approved → published};
 * side paths {@code returned}, {@code interim_published}, {@code excluded}.
 */
public enum CaseStep {
    NEW("Новое"),
    ROUTED("Направлено исполнителю"),
    IN_WORK("В работе"),
    DRAFT_SUBMITTED("Проект ответа на согласовании"),
    REWORK("На доработке"),
    APPROVED("Согласовано"),
    PUBLISHED("Ответ опубликован"),
    RETURNED("Возвращено как не относящееся к компетенции"),
    INTERIM_PUBLISHED("Опубликован промежуточный ответ"),
    EXCLUDED("Исключено фильтром");

    private final String title;

    CaseStep(String title) {
        this.title = title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String title() {
        return title;
    }

    /** Closed cases have no running deadline. */
    public boolean closed() {
        return this == PUBLISHED || this == EXCLUDED;
    }

    public static CaseStep fromCode(String code) {
        for (CaseStep s : values()) {
            if (s.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown case step '" + code + "'");
    }
}
