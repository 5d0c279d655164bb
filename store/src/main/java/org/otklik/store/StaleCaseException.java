package org.otklik.store;

import org.otklik.core.CaseStep;

/** Someone else moved the case first: the step it was expected at is not the step it is at. */
public final class StaleCaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleCaseException(long caseId, CaseStep expected, CaseStep actual) {
        super("case " + caseId + " is at step " + (actual == null ? "<missing>" : actual.code()) + ", not " + expected.code()
                + ": it was changed meanwhile; reload and try again");
    }
}
