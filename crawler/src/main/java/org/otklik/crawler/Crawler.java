package org.otklik.crawler;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.otklik.core.Network;
import org.otklik.core.Post;
import org.otklik.core.PostKey;
import org.otklik.core.Source;
import org.otklik.store.PostWrite;
import org.otklik.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls sources and stores what they show. Each poll reads a page after the source's stored cursor and commits the
 * posts together with the new cursor ({@link Store#savePolled}): a process killed at any moment re-reads at most one
 * page, and the store's idempotency makes that harmless. New and edited posts go to {@link StoredPosts} after the commit.
 *
 * <p>{@link #start()} gives every enabled source its own loop: poll, then sleep its interval (or, after a failure, an
 * exponential backoff with jitter). A semaphore per network caps how many of its sources poll at once; the
 * per-token request rate is the network client's business.
 */
public final class Crawler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final Store store;
    private final List<Source> sources;
    private final Function<Source, SourceReader> readers;
    private final Map<Network, Semaphore> slots = new EnumMap<>(Network.class);
    private final StoredPosts onStored;
    private final Clock clock;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final Map<String, Duration> minimumPauses = new ConcurrentHashMap<>();
    private final List<Thread> loops = new ArrayList<>();
    private volatile boolean running;
    /** Wakes sleeping loops on {@link #close()}; a loop is never interrupted (see there). */
    private volatile CountDownLatch stopSignal = new CountDownLatch(1);

    /**
     * @param readers the reader of each source (see {@link Readers})
     * @param concurrency how many sources of a network poll at once; a network not named gets 4
     */
    public Crawler(Store store, List<Source> sources, Function<Source, SourceReader> readers, Map<Network, Integer> concurrency,
                   StoredPosts onStored, Clock clock) {
        this.store = store;
        this.sources = List.copyOf(sources);
        this.readers = readers;
        this.onStored = onStored;
        this.clock = clock;
        for (Network n : Network.values()) {
            slots.put(n, new Semaphore(concurrency.getOrDefault(n, 4), true));
        }
    }

    /** Polls every enabled source once, {@code per network concurrency} at a time; returns a summary per source in config order. */
    public List<PollSummary> pollAllOnce() {
        List<Source> enabled = sources.stream().filter(Source::enabled).toList();
        PollSummary[] out = new PollSummary[enabled.size()];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < enabled.size(); i++) {
            int at = i;
            threads.add(Thread.ofVirtual().name("poll-" + enabled.get(i).id()).start(() -> out[at] = pollWithSlot(enabled.get(at), false)));
        }
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return List.of(out);
    }

    /** Starts polling every enabled source at its interval, until {@link #close()}. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        stopSignal = new CountDownLatch(1);
        for (Source s : sources) {
            if (s.enabled()) {
                loops.add(Thread.ofVirtual().name("crawl-" + s.id()).start(() -> loop(s)));
            }
        }
    }

    private void loop(Source s) {
        // spread the first polls so that many sources with one interval do not all fire together
        long startDelay = ThreadLocalRandom.current().nextLong(Math.max(1, Math.min(s.pollInterval().toMillis(), 5_000)));
        if (!sleep(Duration.ofMillis(startDelay))) {
            return;
        }
        while (running) {
            long t0 = System.nanoTime();
            PollSummary r = pollWithSlot(s, true);
            Duration pause = s.pollInterval().minusNanos(System.nanoTime() - t0);
            if (!r.ok()) {
                Duration b = backoff(s, failures.getOrDefault(s.id(), 1));
                Duration floor = minimumPauses.getOrDefault(s.id(), Duration.ZERO);
                pause = b.compareTo(floor) < 0 ? floor : b;
            }
            if (!sleep(pause.isNegative() ? Duration.ZERO : pause)) {
                return;
            }
        }
    }

    /** Exponential backoff with full jitter, never shorter than the poll interval's fraction the error asks for. */
    Duration backoff(Source s, int failuresInRow) {
        long base = Math.max(1_000, s.pollInterval().toMillis() / 4);
        long exp = base * (1L << Math.min(failuresInRow - 1, 12));
        long capped = Math.min(exp, MAX_BACKOFF.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private PollSummary pollWithSlot(Source s, boolean looping) {
        Semaphore slot = slots.get(s.network());
        try {
            // a loop that waits for a slot while the crawler closes gives up instead of polling once more
            while (!slot.tryAcquire(200, TimeUnit.MILLISECONDS)) {
                if (looping && !running) {
                    return new PollSummary(s.id(), 0, 0, 0, 0, "stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PollSummary(s.id(), 0, 0, 0, 0, "interrupted");
        }
        try {
            return poll(s);
        } finally {
            slot.release();
        }
    }

    /** One poll of one source: read after the cursor, store posts and cursor in one transaction, record deletions, notify. */
    public PollSummary poll(Source s) {
        SourceException failure;
        Duration minimumPause = Duration.ZERO;
        try {
            String cursor = store.sourceState(s.id()).map(st -> st.cursor()).orElse(null);
            Page page = readers.apply(s).read(s, cursor);
            Instant now = clock.instant();
            List<PostWrite> writes = store.savePolled(s.id(), page.posts(), page.cursor(), now);
            int inserted = 0;
            int edited = 0;
            Instant newest = null;
            for (int i = 0; i < writes.size(); i++) {
                PostWrite w = writes.get(i);
                Post p = page.posts().get(i);
                if (w.outcome() == PostWrite.Outcome.UNCHANGED) {
                    continue;
                }
                if (w.outcome() == PostWrite.Outcome.INSERTED) {
                    inserted++;
                    if (p.publishedAt() != null && (newest == null || p.publishedAt().isAfter(newest))) {
                        newest = p.publishedAt();
                    }
                } else {
                    edited++;
                }
                try {
                    onStored.accept(w.postId(), p);
                } catch (RuntimeException e) {
                    LOG.error("post {} of source {} is stored but its processing failed", w.postId(), s.id(), e);
                }
            }
            int deleted = page.completeSince() == null ? 0 : recordDeletions(s, page, now);
            failures.remove(s.id());
            health(s.id(), newest == null ? null : Duration.between(newest, now).toMillis(), 0, page.posts().size());
            return new PollSummary(s.id(), page.posts().size(), inserted, edited, deleted, null);
        } catch (SourceException e) {
            failure = e;
            minimumPause = e.minimumPause();
        } catch (RuntimeException e) {
            failure = new SourceException(SourceException.Kind.TRANSIENT, e.toString(), e);
        }
        int n = failures.merge(s.id(), 1, Integer::sum);
        minimumPauses.put(s.id(), minimumPause);
        String message = failure.toString();
        LOG.warn("poll of {} failed ({} in a row, next try in at least {}): {}", s.id(), n, minimumPause, failure.toString());
        try {
            store.recordSourceError(s.id(), failure.toString(), clock.instant());
            health(s.id(), null, n, -1);
        } catch (RuntimeException e) {
            LOG.error("cannot record the failure of source {}", s.id(), e);
        }
        return new PollSummary(s.id(), 0, 0, 0, 0, message);
    }

    private int recordDeletions(Source s, Page page, Instant now) {
        Set<String> seen = new HashSet<>();
        for (Post p : page.posts()) {
            seen.add(p.externalId());
        }
        List<String> stored = store.transaction("find recent posts of " + s.id(), c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT external_id FROM posts WHERE network = ? AND source = ? AND parent_id IS NULL
                    AND deleted_at IS NULL AND published_at >= ?""")) {
                ps.setString(1, s.network().code());
                ps.setString(2, s.id());
                ps.setObject(3, page.completeSince().atOffset(ZoneOffset.UTC));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
        int n = 0;
        for (String id : stored) {
            if (!seen.contains(id) && store.markDeleted(new PostKey(s.network(), s.id(), id), now)) {
                n++;
            }
        }
        return n;
    }

    private void health(String sourceId, Long lagMillis, int failuresInRow, int fetched) {
        store.transaction("record health of " + sourceId, c -> {
            try (PreparedStatement ps = c.prepareStatement(fetched >= 0
                    ? "UPDATE source_state SET lag_ms = COALESCE(?, lag_ms), failures = ?, last_fetched = ? WHERE source_id = ?"
                    : "UPDATE source_state SET lag_ms = COALESCE(?, lag_ms), failures = ?, last_fetched = last_fetched + ? WHERE source_id = ?")) {
                if (lagMillis == null) {
                    ps.setNull(1, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(1, lagMillis);
                }
                ps.setInt(2, failuresInRow);
                ps.setInt(3, Math.max(fetched, 0));
                ps.setString(4, sourceId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private boolean sleep(Duration d) {
        try {
            stopSignal.await(d.toNanos(), TimeUnit.NANOSECONDS);
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /**
     * Stops the loops: sleeping ones wake at once, one in a poll finishes it (its transaction included) within the wait.
     * Loops are woken by a latch, never interrupted: an interrupt that lands while H2 writes through its
     * {@code FileChannel} closes the channel and with it the whole database, for every other user of the store.
     */
    @Override
    public synchronized void close() {
        running = false;
        stopSignal.countDown();
        for (Thread t : loops) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        loops.clear();
    }
}
