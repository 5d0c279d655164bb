package org.otklik.dispatcher;

/** The case's current step does not allow this action, or a required reason or text is missing. */
public final class IllegalStepException extends RuntimeException {
    public IllegalStepException(String message) {
        super(message);
    }
}
