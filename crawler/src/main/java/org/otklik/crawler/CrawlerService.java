package org.otklik.crawler;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.otklik.config.Secrets;
import org.otklik.store.Store;

/**
 * The crawler as {@code serve} and {@code crawl} run it: {@code sources.yaml} loaded, network clients built, the scheduler
 * over the store. {@code serve} calls {@link #start()}; {@code crawl --once} calls {@link #pollAllOnce()}.
 */
public final class CrawlerService implements AutoCloseable {
    private final CrawlerConfig config;
    private final Readers readers;
    private final Crawler crawler;

    private CrawlerService(CrawlerConfig config, Readers readers, Crawler crawler) {
        this.config = config;
        this.readers = readers;
        this.crawler = crawler;
    }

    /**
     * @param sourcesFile usually {@code config/sources.yaml} ({@code config/demo/sources.yaml} for the demo)
     * @param onStored where new and edited posts go after their commit (classifier, then dispatcher)
     * @throws org.otklik.config.ConfigException naming file, line and field when the file is wrong
     */
    public static CrawlerService open(Path sourcesFile, Set<String> municipalities, Secrets secrets, Store store, StoredPosts onStored,
                                      Clock clock) {
        CrawlerConfig config = SourcesFile.load(sourcesFile, municipalities);
        Readers readers = new Readers(config.settings(), secrets, clock);
        return new CrawlerService(config, readers,
                new Crawler(store, config.sources(), readers::reader, readers.concurrency(), onStored, clock));
    }

    public CrawlerConfig config() {
        return config;
    }

    public List<PollSummary> pollAllOnce() {
        return crawler.pollAllOnce();
    }

    public void start() {
        crawler.start();
    }

    /** VK requests sent, calls answered, error-6 answers. */
    public long[] vkCounters() {
        return readers.vkCounters();
    }

    @Override
    public void close() {
        crawler.close();
        readers.close();
    }
}
