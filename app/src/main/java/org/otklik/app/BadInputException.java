package org.otklik.app;

/** Input the user gave on the command line or stdin is wrong; exit code 2. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
