package org.otklik.core;

import java.util.Locale;

/** What a user may do, in the regulations' terms. */
public enum Role {
    /** Специалист: runs the crawler, watches the feed, publishes answers. */
    SPECIALIST("Специалист"),
    /** Куратор: reviews the feed, routes cases, approves answers, reads reports. */
    CURATOR("Куратор"),
    /** Исполнитель: a department's officer who drafts answers to its own cases. */
    EXECUTOR("Исполнитель"),
    /** Руководитель: approves drafts of their department or sends them back for rework. */
    HEAD("Руководитель"),
    /** Глава: receives escalations and reports. */
    CHIEF("Глава"),
    ADMIN("Администратор");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role r : values()) {
            if (r.code().equals(code == null ? "" : code.trim().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + code + "', expected specialist, curator, executor, head, chief or admin");
    }
}
