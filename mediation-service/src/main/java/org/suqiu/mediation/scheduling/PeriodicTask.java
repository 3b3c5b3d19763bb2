package org.suqiu.mediation.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run on a daemon thread of its own, every {@code interval} after {@code initialDelay},
 * from {@link #start()} to {@link #stop()}; runs never overlap, and {@link #runSoon} adds one.
 */
public final class PeriodicTask {

    private final String threadName;
    private final Duration initialDelay;
    private final Duration interval;
    private final Runnable task;
    private volatile ScheduledExecutorService executor;

    public PeriodicTask(String threadName, Duration initialDelay, Duration interval, Runnable task) {
        this.threadName = threadName;
        this.initialDelay = initialDelay;
        this.interval = interval;
        this.task = task;
    }

    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(task, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    /** Lets a running round finish (up to 5 s), then stops. */
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

    public boolean isRunning() {
        return executor != null;
    }

    /** Runs {@code work} on the task's thread as soon as it is free; false when the task is not running. */
    public boolean runSoon(Runnable work) {
        ScheduledExecutorService running = executor;
        if (running == null) {
            return false;
        }
        try {
            running.execute(work);
            return true;
        } catch (RejectedExecutionException stopping) {
            return false;
        }
    }
}
