package org.otklik.classifier.internal;

/** A dictionary term as an administrator wrote it, its weight and where it stands ({@code topics/roads.txt:12}). */
public record Term(String text, double weight, String where) {
}
