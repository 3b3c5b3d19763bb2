package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;

/** Runs {@link WatchingDeadlines} every {@code interval} on a thread of its own while the application runs. */
public class DeadlineWatcherSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatcherSchedule.class);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);

    private final WatchingDeadlines watchingDeadlines;
    private final Duration interval;
    private volatile ScheduledExecutorService executor;

    public DeadlineWatcherSchedule(WatchingDeadlines watchingDeadlines, Duration interval) {
        this.watchingDeadlines = watchingDeadlines;
        this.interval = interval;
    }

    private void watchSafely() {
        try {
            watchingDeadlines.watch().block(ROUND_TIMEOUT);
        } catch (RuntimeException e) {
            log.warn("Deadline watch round failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "deadline-watcher");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::watchSafely, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
        log.info("Watching deadlines every {}", interval);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
