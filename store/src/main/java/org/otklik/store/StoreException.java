package org.otklik.store;

/** A database operation failed; the message says which operation and on what. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String what, Throwable cause) {
        super(what + ": " + (cause == null ? "" : cause.getMessage()), cause);
    }

    public StoreException(String what) {
        super(what);
    }
}
