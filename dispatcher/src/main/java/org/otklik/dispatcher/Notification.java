package org.otklik.dispatcher;

import java.util.Objects;

/**
 * A message to people: an escalation to the chief, an overdue step. Texts are in Russian.
 *
 * @param kind {@code high}, {@code surge}, {@code overdue}
 * @param caseId the case it is about, or null for a surge
 */
public record Notification(String kind, String municipality, Long caseId, String subject, String text) {
    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
