package org.suqiu.bench;

import java.time.Duration;

/** Waiting between polls of something that has no event to wait on (a log, a port, a count). */
final class Pause {

    private Pause() {
    }

    static void of(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
