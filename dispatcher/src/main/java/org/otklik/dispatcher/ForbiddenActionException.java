package org.otklik.dispatcher;

/** The actor's role, department or municipality does not allow this action on this case. */
public final class ForbiddenActionException extends RuntimeException {
    public ForbiddenActionException(String message) {
        super(message);
    }
}
