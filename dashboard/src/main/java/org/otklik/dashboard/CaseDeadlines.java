package org.otklik.dashboard;

import org.otklik.core.Case;

/**
 * The deadline a case's current step runs against, as the board shows it. The dispatcher knows the regulation's
 * full rules and implements this in {@code serve}; {@link StepDeadlines} is the dashboard's own simpler reading of
 * the profile, for tests and for running the dashboard alone.
 */
@FunctionalInterface
public interface CaseDeadlines {
    StepDeadline of(Case k);
}
