/** Network clients and adapters behind {@link org.otklik.crawler.SourceReader}; not an API. */
package org.otklik.crawler.internal;
