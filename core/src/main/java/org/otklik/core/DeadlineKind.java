package org.otklik.core;

import java.util.Locale;

/**
 * The step deadlines a regulation sets; {@link #code()} is the key in a profile's {@code deadlines:} map.
 * Each counts from its {@link Anchor}.
 */
public enum DeadlineKind {
    DETECT_TO_CURATOR(Anchor.DETECTION, "Передача сообщения куратору"),
    ROUTE(Anchor.STEP_START, "Направление исполнителю"),
    RETURN(Anchor.STEP_START, "Возврат как не относящегося к компетенции"),
    ANSWER(Anchor.DETECTION, "Размещение ответа"),
    ANSWER_HIGH(Anchor.DETECTION, "Размещение ответа на инцидент повышенной важности"),
    DRAFT_BEFORE_ANSWER(Anchor.BEFORE_ANSWER, "Проект ответа (до истечения срока ответа)"),
    DRAFT_AFTER_ROUTING(Anchor.STEP_START, "Проект ответа (после направления)"),
    APPROVAL(Anchor.STEP_START, "Согласование проекта ответа"),
    REWORK(Anchor.STEP_START, "Доработка проекта ответа"),
    PUBLISH(Anchor.STEP_START, "Размещение согласованного ответа"),
    FINAL_AFTER_INTERIM(Anchor.STEP_START, "Окончательный ответ после промежуточного"),
    CO_EXECUTOR_INPUT(Anchor.STEP_START, "Информация соисполнителя"),
    CO_EXECUTOR_CHECK(Anchor.STEP_START, "Проверка информации соисполнителя куратором");

    /** Where a deadline counts from. */
    public enum Anchor {
        /** from the moment the message was detected */
        DETECTION,
        /** from the moment the case entered the step the action is due in */
        STEP_START,
        /** this long before the answer deadline */
        BEFORE_ANSWER
    }

    private final Anchor anchor;
    private final String title;

    DeadlineKind(Anchor anchor, String title) {
        this.anchor = anchor;
        this.title = title;
    }

    public Anchor anchor() {
        return anchor;
    }

    public String title() {
        return title;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeadlineKind fromCode(String code) {
        for (DeadlineKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown deadline '" + code + "'");
    }
}
