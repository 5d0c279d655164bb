package org.otklik.app;

import org.otklik.config.ConfigException;

/** Maps a failure to the launcher's exit code and a one-line message for the operator. */
final class Failures {
    private Failures() {
    }

    static int exitCode(Throwable e) {
        if (e instanceof ConfigException || e instanceof BadInputException) {
            return Main.BAD_INPUT;
        }
        return Main.FAILURE;
    }

    static String message(Throwable e) {
        if (e instanceof ConfigException || e instanceof BadInputException) {
            return "error: " + e.getMessage();
        }
        StringBuilder sb = new StringBuilder("error: ").append(e);
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append("\n  caused by: ").append(c);
        }
        return sb.toString();
    }
}
