package org.otklik.config;

/** A token or password. Its {@link #toString()} never shows the value, so it cannot leak into a log line. */
public record Secret(String name, String value) {
    public boolean present() {
        return value != null && !value.isEmpty();
    }

    @Override
    public String toString() {
        return name + "=" + (present() ? "***" : "<not set>");
    }
}
