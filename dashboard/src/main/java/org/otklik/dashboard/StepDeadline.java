package org.otklik.dashboard;

import java.time.Instant;

/**
 * The deadline the case's current step runs against, and how it stands now.
 *
 * @param what the regulation's name of the deadline, in Russian
 * @param due the instant, or null for a closed case or one without a deadline
 * @param workingMinutesLeft working minutes until {@code due}, negative when overdue
 */
public record StepDeadline(String what, Instant due, Status status, long workingMinutesLeft) {

    /** The board's colours: green, amber, red; grey for closed cases. */
    public enum Status {
        ON_TIME("В срок", "on-time"),
        DUE_SOON("Срок истекает", "due-soon"),
        OVERDUE("Просрочено", "overdue"),
        NONE("—", "none");

        private final String title;
        private final String css;

        Status(String title, String css) {
            this.title = title;
            this.css = css;
        }

        public String title() {
            return title;
        }

        public String css() {
            return css;
        }
    }

    /** "2 ч 15 мин" of working time left, or "просрочено на 40 мин". */
    public String countdown() {
        if (due == null) {
            return "—";
        }
        long m = Math.abs(workingMinutesLeft);
        String span = (m >= 60 ? (m / 60) + " ч " : "") + (m % 60) + " мин";
        return workingMinutesLeft < 0 ? "просрочено на " + span : "осталось " + span;
    }
}
