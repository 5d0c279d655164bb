package org.otklik.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.otklik.crawler.internal.RateLimiter;

class RateLimiterTest {
    @Test
    void no_four_requests_arrive_within_one_second_however_late_their_answers_come() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ZERO);
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        List<Thread> inFlight = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofMillis(2_500).toNanos();
        while (System.nanoTime() < end) {
            RateLimiter.Permit p = limiter.acquire();
            // each request reaches the server after a random delay and is answered after another one
            long toServer = ThreadLocalRandom.current().nextLong(0, 120);
            long back = ThreadLocalRandom.current().nextLong(0, 120);
            inFlight.add(Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(toServer);
                    arrivals.add(System.nanoTime());
                    Thread.sleep(back);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    p.release();
                }
            }));
        }
        for (Thread t : inFlight) {
            t.join();
        }
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        assertThat(sorted.size()).isGreaterThanOrEqualTo(6);
        for (int i = 3; i < sorted.size(); i++) {
            assertThat(sorted.get(i) - sorted.get(i - 3)).as("arrivals %d..%d", i - 3, i).isGreaterThanOrEqualTo(1_000_000_000L);
        }
    }

    @Test
    void quick_answers_let_three_requests_a_second_through() throws Exception {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMillis(10));
        long t0 = System.nanoTime();
        for (int i = 0; i < 9; i++) {
            limiter.acquire().release();
        }
        // 3 at once, 3 after ~1 s, 3 after ~2 s
        assertThat((System.nanoTime() - t0) / 1_000_000).isBetween(1_900L, 3_500L);
    }
}
