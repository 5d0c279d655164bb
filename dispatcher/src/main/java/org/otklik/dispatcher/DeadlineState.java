package org.otklik.dispatcher;

/** How a running deadline stands at the clock's now. */
public enum DeadlineState {
    ON_TIME("В срок"),
    DUE_SOON("Срок истекает"),
    OVERDUE("Просрочено");

    private final String title;

    DeadlineState(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
