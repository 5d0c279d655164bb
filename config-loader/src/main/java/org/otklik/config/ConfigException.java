package org.otklik.config;

import java.nio.file.Path;

/**
 * A configuration problem an administrator can fix: which file, which line, which field, what is wrong.
 * The launcher prints {@link #getMessage()} and exits with status 2.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final String field;

    public ConfigException(Path file, int line, String field, String problem) {
        this(file, line, field, problem, null);
    }

    public ConfigException(Path file, int line, String field, String problem, Throwable cause) {
        super(format(file, line, field, problem), cause);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }

    public String field() {
        return field;
    }

    private static String format(Path file, int line, String field, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<config>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
        }
        sb.append(": ");
        if (field != null && !field.isEmpty()) {
            sb.append(field).append(": ");
        }
        return sb.append(problem).toString();
    }
}
