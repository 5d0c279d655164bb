package org.otklik.crawler;

import java.util.List;
import org.otklik.core.Source;

/** {@code config/sources.yaml}, validated: network settings and the sources to poll. */
public record CrawlerConfig(CrawlerSettings settings, List<Source> sources) {
    public CrawlerConfig {
        sources = List.copyOf(sources);
    }

    public List<Source> enabledSources() {
        return sources.stream().filter(Source::enabled).toList();
    }
}
