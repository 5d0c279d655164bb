/**
 * The crawler: reads posts from the sources in {@code config/sources.yaml} through one {@link org.otklik.crawler.SourceReader}
 * per network, stores each post once together with the source's cursor, and hands new and edited posts onward
 * through {@link org.otklik.crawler.StoredPosts}. Network clients live in {@code internal}.
 */
package org.otklik.crawler;
