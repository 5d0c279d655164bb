package org.otklik.dispatcher;

import java.time.Instant;
import org.otklik.core.DeadlineKind;

/** A missed deadline: executive discipline booked against a department (or the curator) and a step. */
public record Violation(long caseId, String municipality, DeadlineKind kind, String department, Instant dueAt, Instant detectedAt) {
}
