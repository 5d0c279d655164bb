package org.otklik.core;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of a case's history: who moved it, when, from which step to which, and why.
 *
 * @param from the step before, or null for the case's creation
 */
public record AuditEntry(long caseId, Instant at, String actor, CaseStep from, CaseStep to, String reason) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(to, "to");
    }
}
