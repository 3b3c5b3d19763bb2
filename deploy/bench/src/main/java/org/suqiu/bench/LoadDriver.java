package org.suqiu.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.netty.resources.LoopResources;

/**
 * An open-model (constant arrival rate) load driver for {@code POST /api/grievances}: request {@code i} of
 * a step is due at {@code start + i / rate}, whatever happened to the earlier ones, and its latency is
 * measured from that intended moment — a slow answer therefore also counts the requests it delayed
 * (no coordinated omission). Requests that cannot even be sent are errors, not silently skipped.
 */
final class LoadDriver implements AutoCloseable {

    /** What one step of constant rate gave. Latencies in microseconds. */
    record StepOutcome(int targetRate, Duration sendWindow, long sent, long ok, long errors, Map<String, Long> errorKinds,
                       double achievedRate, Histogram latency, Histogram serviceTime, long maxSendLagMicros) {
    }

    private static final long MAX_LATENCY_MICROS = 120_000_000L;

    private final HttpClient client;
    private final ConnectionProvider connections;
    private final LoopResources loops;
    private final GrievanceBodies bodies;
    private final ReceivedTopicWatch watch;
    private final String runId;
    private final int maxInFlight;
    private final AtomicLong sequence = new AtomicLong();

    LoadDriver(String baseUrl, GrievanceBodies bodies, ReceivedTopicWatch watch, String runId, int maxConnections,
            int maxInFlight, Duration requestTimeout) {
        this.bodies = bodies;
        this.watch = watch;
        this.runId = runId;
        this.maxInFlight = maxInFlight;
        this.connections = ConnectionProvider.builder("bench")
                .maxConnections(maxConnections)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(requestTimeout)
                .build();
        this.loops = LoopResources.create("bench-http", 2, true);
        this.client = HttpClient.create(connections)
                .runOn(loops)
                .baseUrl(baseUrl)
                .responseTimeout(requestTimeout)
                .headers(h -> h.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                        .set(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON));
    }

    /** Sends at {@code rate} per second for {@code duration}, then waits (bounded) for the answers. */
    StepOutcome run(int rate, Duration duration, Duration answerWait) {
        Recorder latency = new Recorder(MAX_LATENCY_MICROS, 3);
        Recorder serviceTime = new Recorder(MAX_LATENCY_MICROS, 3);
        LongAdder ok = new LongAdder();
        LongAdder errors = new LongAdder();
        Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();
        AtomicLong inFlight = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        long total = Math.max(1, Math.round(rate * (duration.toNanos() / 1e9)));
        long maxSendLag = 0;
        long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < total; i++) {
            long intended = start + (long) (i * 1e9 / rate);
            long now = System.nanoTime();
            while (now < intended) {
                LockSupport.parkNanos(intended - now);
                now = System.nanoTime();
            }
            maxSendLag = Math.max(maxSendLag, now - intended);
            if (inFlight.get() >= maxInFlight) {
                errors.increment();
                errorKinds.computeIfAbsent("driver: over " + maxInFlight + " in flight", k -> new LongAdder()).increment();
                continue;
            }
            inFlight.incrementAndGet();
            send(intended, now, latency, serviceTime, ok, errors, errorKinds, inFlight, lastAnswer);
        }
        long sendEnd = System.nanoTime();
        long waitUntil = sendEnd + answerWait.toNanos();
        while (inFlight.get() > 0 && System.nanoTime() < waitUntil) {
            LockSupport.parkNanos(5_000_000);
        }
        long unanswered = inFlight.get();
        if (unanswered > 0) {
            errors.add(unanswered);
            errorKinds.computeIfAbsent("no answer within the wait", k -> new LongAdder()).add(unanswered);
        }
        long end = Math.max(sendEnd, lastAnswer.get());
        double seconds = (end - start) / 1e9;
        Map<String, Long> kinds = new TreeMap<>();
        errorKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
        return new StepOutcome(rate, duration, total, ok.sum(), errors.sum(), kinds, ok.sum() / seconds,
                latency.getIntervalHistogram(), serviceTime.getIntervalHistogram(), maxSendLag / 1000);
    }

    private void send(long intended, long sentAt, Recorder latency, Recorder serviceTime, LongAdder ok, LongAdder errors,
            Map<String, LongAdder> errorKinds, AtomicLong inFlight, AtomicLong lastAnswer) {
        long n = sequence.getAndIncrement();
        byte[] body = bodies.body(n, "bench-" + runId + "-" + n);
        client.post()
                .uri("/api/grievances")
                .send(Mono.fromSupplier(() -> Unpooled.wrappedBuffer(body)))
                .responseSingle((response, content) -> content.asString(StandardCharsets.UTF_8)
                        .defaultIfEmpty("")
                        .map(text -> new Answer(response.status().code(), text)))
                .subscribe(answer -> {
                    long done = System.nanoTime();
                    lastAnswer.accumulateAndGet(done, Math::max);
                    latency.recordValue(Math.min(MAX_LATENCY_MICROS, (done - intended) / 1000));
                    serviceTime.recordValue(Math.min(MAX_LATENCY_MICROS, (done - sentAt) / 1000));
                    if (answer.status() == 202) {
                        ok.increment();
                        String id = grievanceId(answer.body());
                        if (id != null) {
                            watch.accepted(id, System.currentTimeMillis());
                        }
                    } else {
                        errors.increment();
                        errorKinds.computeIfAbsent("HTTP " + answer.status(), k -> new LongAdder()).increment();
                    }
                    inFlight.decrementAndGet();
                }, error -> {
                    long done = System.nanoTime();
                    lastAnswer.accumulateAndGet(done, Math::max);
                    latency.recordValue(Math.min(MAX_LATENCY_MICROS, (done - intended) / 1000));
                    errors.increment();
                    errorKinds.computeIfAbsent(error.getClass().getSimpleName(), k -> new LongAdder()).increment();
                    inFlight.decrementAndGet();
                });
    }

    private record Answer(int status, String body) {
    }

    static String grievanceId(String body) {
        String marker = "\"grievanceId\":\"";
        int at = body.indexOf(marker);
        if (at < 0) {
            return null;
        }
        int from = at + marker.length();
        int to = body.indexOf('"', from);
        return to < 0 ? null : body.substring(from, to);
    }

    @Override
    public void close() {
        connections.disposeLater().block(Duration.ofSeconds(5));
        loops.disposeLater().block(Duration.ofSeconds(5));
    }
}
