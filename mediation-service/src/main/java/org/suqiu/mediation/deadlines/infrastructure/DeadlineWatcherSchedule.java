package org.suqiu.mediation.deadlines.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;
import org.suqiu.mediation.scheduling.PeriodicTask;

/** Runs {@link WatchingDeadlines} every {@code interval} on a thread of its own while the application runs. */
public class DeadlineWatcherSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineWatcherSchedule.class);
    private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(2);

    private final WatchingDeadlines watchingDeadlines;
    private final Duration interval;
    private final PeriodicTask schedule;

    public DeadlineWatcherSchedule(WatchingDeadlines watchingDeadlines, Duration interval) {
        this.watchingDeadlines = watchingDeadlines;
        this.interval = interval;
        this.schedule = new PeriodicTask("deadline-watcher", interval, interval, this::watchSafely);
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
        schedule.start();
        log.info("Watching deadlines every {}", interval);
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }
}
