package org.otklik.core;

import java.util.Locale;

/** How often a regulation requires the curator's summary report. */
public enum ReportSchedule {
    MONTHLY, QUARTERLY, ON_REQUEST, NONE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReportSchedule fromCode(String code) {
        for (ReportSchedule r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown report schedule '" + code + "', expected monthly, quarterly, on_request or none");
    }
}
