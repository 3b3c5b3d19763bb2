package org.suqiu.mediation.cases.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.mediation.MutableClock;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.model.Assignment;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseDecision;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.mediation.clock.model.ClockRule;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.Span;
import org.suqiu.mediation.clock.model.WorkingCalendars;
import org.suqiu.mediation.deadlines.application.WatchingDeadlines;

import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadline watcher under load, on the Mongo-wire test server: {@code benchmark.cases} open cases
 * (default 1,000,000; the baseline 10,000 in the same run), of which {@code benchmark.due} (2,000)
 * reach their 办结 deadline inside a one-hour window; the rest are due weeks later (stored lean: the
 * watcher never reads them, a scan-based watcher would). The simulated
 * clock moves by the watcher interval (30 s); each round is timed on the wall clock. Reported: per
 * round cost (wall ms, cases read), and the lag from each deadline to its notice (simulated delay
 * until the round that saw it + that round's wall time). Not a *Test: run it on purpose (README).
 */
class WatcherBenchmark {

    private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration TICK = Duration.ofSeconds(30);
    private static final List<Duration> STEPS = List.of(Duration.ofHours(24), Duration.ofHours(72));

    @Test
    void watcherCostFollowsWhatIsDueNotHowManyCasesAreOpen() throws IOException {
        int big = Integer.getInteger("benchmark.cases", 1_000_000);
        int baseline = Integer.getInteger("benchmark.baseline", 10_000);
        int due = Integer.getInteger("benchmark.due", 2_000);
        StringBuilder report = new StringBuilder("# Deadline watcher benchmark\n\n")
                .append("Mongo-wire test server (mongo-java-server, in process), bucket PT1M, grace PT1M, 16 shards, tick ")
                .append(TICK).append(", window ").append(WINDOW).append(", ").append(due).append(" cases due in the window.\n\n")
                .append("| open cases | load s | rounds | round ms p50 | round ms p99 | round ms max | cases read/round max | notices | lag s p50 | lag s p99 | lag s max |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int open : List.of(baseline, big)) {
            report.append(run(open, due)).append('\n');
            System.gc();
        }
        System.out.println(report);
        Path out = Path.of("target", "benchmark", "watcher.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private String run(int open, int due) {
        String url = SharedInfrastructure.mongo().uri("bench-" + open);
        var client = MongoClients.create(url);
        try {
            MongoDatabase db = client.getDatabase("bench-" + open);
            MongoCollection<Document> casesCollection = db.getCollection(MongoCases.COLLECTION);
            MongoCollection<Document> timers = db.getCollection(MongoNoticeSchedule.COLLECTION);
            MutableClock clock = new MutableClock(T0);
            CaseDocuments documents = new CaseDocuments(JsonMapper.builder().build());
            MongoNoticeSchedule schedule = new MongoNoticeSchedule(timers, Duration.ofMinutes(1), Duration.ofMinutes(1),
                    Duration.ofDays(2), 16);
            MongoCases cases = new MongoCases(casesCollection, documents, clock, schedule, STEPS);

            long loadStart = System.nanoTime();
            load(open, due, casesCollection, timers, documents, schedule);
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

            WatchingDeadlines watcher = new WatchingDeadlines(cases, schedule, () -> { }, clock, CaseAudit.none(), STEPS);
            List<Long> roundMillis = new ArrayList<>();
            List<Integer> casesRead = new ArrayList<>();
            Map<Instant, Long> wallAt = new HashMap<>();
            int notices = 0;
            for (Instant now = T0; !now.isAfter(T0.plus(WINDOW).plus(Duration.ofMinutes(3))); now = now.plus(TICK)) {
                clock.set(now);
                long start = System.nanoTime();
                WatchingDeadlines.Round round = watcher.watchDetailed().block();
                long millis = (System.nanoTime() - start) / 1_000_000;
                roundMillis.add(millis);
                casesRead.add(round.casesRead());
                wallAt.put(now, millis);
                notices += round.recorded();
            }
            List<Double> lags = lags(casesCollection, wallAt);
            return String.format(Locale.ROOT, "| %,d | %.1f | %d | %d | %d | %d | %d | %d | %.1f | %.1f | %.1f |", open, loadSeconds,
                    roundMillis.size(), percentile(roundMillis, 50), percentile(roundMillis, 99),
                    roundMillis.stream().mapToLong(Long::longValue).max().orElse(0),
                    casesRead.stream().mapToInt(Integer::intValue).max().orElse(0), notices,
                    percentileD(lags, 50), percentileD(lags, 99), lags.stream().mapToDouble(Double::doubleValue).max().orElse(0));
        } finally {
            Mono.from(client.getDatabase("bench-" + open).drop()).block();
            client.close();
        }
    }

    /** Cases and timers written in bulk, as the service would have written them one by one. */
    private void load(int open, int due, MongoCollection<Document> casesCollection, MongoCollection<Document> timers,
            CaseDocuments documents, MongoNoticeSchedule schedule) {
        Random random = new Random(42);
        ClockPolicy soon = policy("120h");
        Map<String, Set<String>> buckets = new HashMap<>();
        List<Document> batch = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            String grievanceId = String.format("g-%08d", i);
            if (i >= due) {
                // a case due weeks from now: the watcher never reads it in the window, its timers lie weeks ahead
                // (not loaded: documents read only by _id elsewhere); what matters is that the collection holds it
                Instant assignedAt = T0.minus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                Instant dueAt = assignedAt.plus(Duration.ofDays(60));
                batch.add(new Document("_id", Case.idFor(grievanceId)).append("grievanceId", grievanceId)
                        .append("trackingNo", "T-" + i).append("unitId", "unit-" + (i % 500))
                        .append("jurisdictionCode", "330483101").append("state", "ACCEPTED").append("version", 2L)
                        .append("openedAt", java.util.Date.from(assignedAt)).append("nextDueAt", java.util.Date.from(dueAt))
                        .append("deadlines", new Document("resolve", new Document("startedAt", java.util.Date.from(assignedAt))
                                .append("dueAt", java.util.Date.from(dueAt))
                                .append("warnAt", java.util.Date.from(assignedAt.plus(Duration.ofDays(45))))
                                .append("doneAt", null).append("generation", 1).append("approachingNotifiedAt", null)
                                .append("overdueLevel", 0)))
                        .append("timeline", List.of()).append("outbox", List.of()));
            } else {
                Instant assignedAt = T0.minus(Duration.ofHours(120)).plusMillis((long) (random.nextDouble() * WINDOW.toMillis()));
                Case c = Case.open(new Grievance(grievanceId, "T-" + i, Channel.HOTLINE, "benchmark"),
                        new Assignment("unit-" + (i % 500), "unit", "330483101", "濮院镇", "environment", Urgency.NORMAL, 1,
                                assignedAt), soon, assignedAt).after();
                c = changed(c.accept("h", assignedAt.plusSeconds(60)));
                Deadline resolve = c.deadlines().of(DeadlineKind.RESOLVE);
                // warned already before the window, as a running service would have
                c = c.withNotice(c.noticeOwedAt(DeadlineKind.RESOLVE, resolve.warnAt(), STEPS).orElseThrow());
                batch.add(documents.toDocument(c, List.of(), T0));
                for (Instant t : resolve.noticeTimes(STEPS)) {
                    if (!t.isBefore(T0)) {
                        long start = schedule.bucketStart(t);
                        String id = "b:" + start + ":" + Math.floorMod(c.caseId().hashCode(), 16);
                        buckets.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(c.caseId());
                    }
                }
            }
            if (batch.size() == 10_000) {
                Mono.from(casesCollection.insertMany(batch, new InsertManyOptions().ordered(false))).block();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            Mono.from(casesCollection.insertMany(batch)).block();
        }
        Map<String, Set<String>> days = new HashMap<>();
        List<Document> timerDocs = new ArrayList<>();
        buckets.forEach((id, ids) -> {
            long start = Long.parseLong(id.split(":")[1]);
            timerDocs.add(new Document("_id", id).append("start", start).append("caseIds", new ArrayList<>(ids)));
            days.computeIfAbsent("d:" + LocalDate.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC),
                    k -> new LinkedHashSet<>()).add(id);
            if (timerDocs.size() == 5_000) {
                Mono.from(timers.insertMany(new ArrayList<>(timerDocs))).block();
                timerDocs.clear();
            }
        });
        if (!timerDocs.isEmpty()) {
            Mono.from(timers.insertMany(timerDocs)).block();
        }
        List<Document> dayDocs = new ArrayList<>();
        days.forEach((id, ids) -> dayDocs.add(new Document("_id", id).append("buckets", new ArrayList<>(ids))));
        Mono.from(timers.insertMany(dayDocs)).block();
        // the watcher has been running: it is at today
        Mono.from(timers.insertOne(new Document("_id", "cursor").append("day", LocalDate.ofInstant(T0, ZoneOffset.UTC).toString())))
                .block();
    }

    /** Lag per due case: its deadline to the round that reported it, plus that round's own wall time. */
    private static List<Double> lags(MongoCollection<Document> cases, Map<Instant, Long> wallAt) {
        List<Double> lags = new ArrayList<>();
        for (Document doc : reactor.core.publisher.Flux.from(cases.find(
                com.mongodb.client.model.Filters.gt("deadlines.resolve.overdueLevel", 0))).toIterable()) {
            Instant dueAt = doc.get("deadlines", Document.class).get("resolve", Document.class).getDate("dueAt").toInstant();
            for (Document entry : doc.getList("timeline", Document.class)) {
                if ("OVERDUE".equals(entry.getString("kind"))) {
                    Instant at = entry.getDate("at").toInstant();
                    lags.add(Duration.between(dueAt, at).toMillis() / 1000.0 + wallAt.getOrDefault(at, 0L) / 1000.0);
                }
            }
        }
        return lags;
    }

    private static ClockPolicy policy(String resolve) {
        return new ClockPolicy(new DeadlineProfile("bench", "benchmark", List.of(
                new ClockRule(DeadlineKind.ACCEPT, null, null, Span.parse("1h")),
                new ClockRule(DeadlineKind.RESOLVE, null, null, Span.parse(resolve))),
                Span.parse("5wd"), 1, null, Span.parse("30d"), STEPS), WorkingCalendars.china());
    }

    private static Case changed(CaseDecision decision) {
        return ((CaseChanged) decision).after();
    }

    private static long percentile(List<Long> values, int p) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static double percentileD(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }
}
