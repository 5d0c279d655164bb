package org.otklik.crawler;

import org.otklik.core.Source;

/** Reads one page of a source's posts after a cursor. One implementation per network; each talks to one configurable base URL. */
@FunctionalInterface
public interface SourceReader {
    /**
     * @param cursor the cursor a previous page returned, or null on the first poll
     * @throws SourceException when the source cannot be read now; the cursor stays where it was
     */
    Page read(Source source, String cursor) throws SourceException;
}
