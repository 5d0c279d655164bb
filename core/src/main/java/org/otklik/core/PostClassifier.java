package org.otklik.core;

/** The classifier stage: one post in, one verdict with its reasons out. Pure: no I/O, safe from many threads. */
@FunctionalInterface
public interface PostClassifier {
    Classification classify(Post post);
}
