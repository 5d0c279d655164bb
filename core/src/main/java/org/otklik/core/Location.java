package org.otklik.core;

/** Where the problem is; any part may be null when the message does not say. */
public record Location(String municipality, String settlement, String street, String house) {
}
