package org.otklik.app;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.otklik.core.Classification;
import org.otklik.core.Post;
import org.otklik.core.PostClassifier;
import org.otklik.crawler.StoredPosts;
import org.otklik.dispatcher.Dispatcher;
import org.otklik.store.Store;
import org.otklik.store.StoredPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens to a post once the crawler has committed it: classify, store the verdict, hand it to the dispatcher.
 * A post that fails a stage is logged with its reason and counted, never stops the crawler; it has no
 * classification, so {@link #catchUp()} takes it again (also after a crash between the crawler's commit and this).
 */
final class Pipeline implements StoredPosts {
    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    private static final int CATCH_UP_BATCH = 500;

    private final Store store;
    private final PostClassifier classifier;
    private final Dispatcher dispatcher;
    private final Clock clock;
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    Pipeline(Store store, PostClassifier classifier, Dispatcher dispatcher, Clock clock) {
        this.store = store;
        this.classifier = classifier;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    public void accept(long postId, Post post) {
        try {
            Classification c = classifier.classify(post);
            store.saveClassification(postId, c, clock.instant());
            // detection is when Otklik first stored the post, which is when a regulation's clock starts
            Instant detectedAt = store.post(postId).map(StoredPost::fetchedAt).orElse(clock.instant());
            dispatcher.intake(postId, post, c, detectedAt);
            processed.incrementAndGet();
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            LOG.error("post {} ({}) failed in the pipeline and will be retried: {}", postId, post.key(), e.toString(), e);
        }
    }

    /** Classifies and dispatches stored posts that have no classification yet; returns how many were taken. */
    int catchUp() {
        List<Long> ids = store.transaction("find unclassified posts", c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT p.id FROM posts p LEFT JOIN classifications c ON c.post_id = p.id
                    WHERE c.post_id IS NULL AND p.deleted_at IS NULL ORDER BY p.id FETCH FIRST ? ROWS ONLY""")) {
                ps.setInt(1, CATCH_UP_BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
        for (long id : ids) {
            store.post(id).ifPresent(p -> accept(id, p.post()));
        }
        return ids.size();
    }

    long processed() {
        return processed.get();
    }

    long failed() {
        return failed.get();
    }
}
