package org.suqiu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.LocalMongo;
import org.suqiu.localinfra.Ports;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/**
 * One benchmark run: a Kafka broker and the MongoDB-wire store in this JVM, intake-service as a JVM of its
 * own (rate limiting off, relay on), a warm-up, then constant-rate steps of {@code POST /api/grievances}
 * while following {@code grievance.received}, then Kafka's ProducerPerformance on the same broker.
 */
final class Benchmark {

    static final String RECEIVED_TOPIC = "grievance.received";
    static final String PERF_TOPIC = "bench.producer-perf";
    static final int PARTITIONS = 3;
    /** The driver's request timeout and connection-acquire timeout (15 s each) add up to this, plus a margin. */
    private static final Duration ANSWER_WAIT = Duration.ofSeconds(35);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final BenchOptions options;
    private final Consumer<String> out;

    Benchmark(BenchOptions options, Consumer<String> out) {
        this.options = options;
        this.out = out;
    }

    /** What a run produced: the report and where it was written. */
    record Outcome(BenchReport report, Path markdown) {
    }

    Outcome run() {
        Instant began = Instant.now();
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("arguments", options.arguments());
        setup.put("machine", Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", Java " + System.getProperty("java.version"));
        setup.put("load average at start (1/5/15 min)", loadAverage());
        Path jar = intakeJar(options.home());
        wipe(options.dataDir());
        setup.put("disk", "a synced 2 KB append takes " + fsyncMillis(options.dataDir()) + " ms (median of 50) in "
                + options.dataDir() + "; the local broker syncs its log after every append");
        List<String> notes = new ArrayList<>();
        GrievanceBodies bodies = GrievanceBodies.fromCorpus(20261122L);
        String runId = UUID.randomUUID().toString().substring(0, 8);
        setup.put("request body", bodies.size() + " texts from complaints/dev_raw.csv, mean " + bodies.meanBytes("bench-" + runId + "-123456")
                + " B (text, point, address, contact, category)");

        out.accept("Starting the Kafka broker and the MongoDB-wire store (" + options.store().name().toLowerCase(Locale.ROOT) + ") ...");
        LocalKafka kafka = LocalKafka.start(options.dataDir().resolve("kafka"), Ports.free(), Ports.free());
        LocalMongo mongo = options.store() == BenchOptions.Store.FILE
                ? LocalMongo.startWithFile(options.dataDir().resolve("mongo").resolve("bench.mv"), Ports.free())
                : LocalMongo.startInMemory();
        ChildJvm intake = null;
        ReceivedTopicWatch watch = null;
        LoadDriver driver = null;
        BenchReport report;
        try {
            createTopic(kafka.bootstrapServers(), RECEIVED_TOPIC, Map.of("message.timestamp.type", "LogAppendTime"));
            int port = Ports.free();
            List<String> jvm = new ArrayList<>(options.intakeJvmArgs());
            if (options.profile()) {
                jvm.add("-XX:FlightRecorderOptions:stackdepth=256");
            }
            List<String> main = List.of("-jar", jar.toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                    "--suqiu.intake.rate-limit.enabled=false", "--suqiu.intake.relay.enabled=true");
            setup.put("intake", jar.getFileName() + " as its own JVM: " + String.join(" ", jvm) + " " + String.join(" ", main.subList(3, main.size()))
                    + " (relay and everything else at their defaults)");
            setup.put("broker and store", "in the benchmark's JVM (with the driver): Kafka " + kafka.bootstrapServers()
                    + " (KRaft, one node), MongoDB-wire " + options.store().name().toLowerCase(Locale.ROOT)
                    + (options.store() == BenchOptions.Store.FILE ? " (H2 file, as ./suqiu up)" : ""));
            out.accept("Starting intake-service (" + jar.getFileName() + ") on port " + port + " ...");
            Instant intakeStart = Instant.now();
            intake = ChildJvm.start("intake-service", jvm, main,
                    Map.of("SUQIU_KAFKA", kafka.bootstrapServers(), "SUQIU_MONGO_URI", mongo.connectionString()),
                    options.dataDir().resolve("logs").resolve("intake-service.log"));
            ChildJvm started = intake;
            Thread stopIntake = new Thread(started::close, "bench-stop-intake");
            Runtime.getRuntime().addShutdownHook(stopIntake);
            intake.awaitReady("http://127.0.0.1:" + port + "/actuator/health/readiness", options.readyTimeout());
            out.accept("intake-service ready in " + Duration.between(intakeStart, Instant.now()).toSeconds() + " s (log: " + intake.log() + ")");

            watch = new ReceivedTopicWatch(kafka.bootstrapServers(), RECEIVED_TOPIC);
            driver = new LoadDriver("http://127.0.0.1:" + port, bodies, watch, runId, 1024, 50_000, Duration.ofSeconds(15));
            long accepted = 0;
            if (!options.warmup().isZero()) {
                out.accept("Warm-up: " + options.warmupRate() + "/s for " + options.warmup().toSeconds() + " s (not measured) ...");
                LoadDriver.StepOutcome warm = driver.run(options.warmupRate(), options.warmup(), ANSWER_WAIT);
                accepted += warm.ok();
                out.accept(String.format(Locale.ROOT, "  warm-up: %d accepted, %d errors%s", warm.ok(), warm.errors(),
                        warm.errorKinds().isEmpty() ? "" : " " + warm.errorKinds()));
                drain(watch, accepted);
                watch.takeRelayLag();
            }
            Recording recording = null;
            if (options.profile()) {
                out.accept("Profiling (Flight Recorder) intake: " + intake.jcmd("JFR.start", "name=bench", "settings=profile"));
                recording = new Recording(Configuration.getConfiguration("profile"));
                recording.start();
            }
            List<BenchReport.Row> rows = new ArrayList<>();
            for (int rate : options.rates()) {
                out.accept("Step " + rate + "/s for " + options.step().toSeconds() + " s ...");
                long relayedBefore = watch.records();
                Duration intakeCpu = intake.cpu();
                Duration ownCpu = ownCpu();
                long stepStart = System.nanoTime();
                LoadDriver.StepOutcome step = driver.run(rate, options.step(), ANSWER_WAIT);
                accepted += step.ok();
                double relayedRate = (watch.records() - relayedBefore) / ((System.nanoTime() - stepStart) / 1e9);
                long backlog = Math.max(0, accepted - watch.records());
                double drain = drain(watch, accepted);
                Histogram relayLag = watch.takeRelayLag();
                double perGrievance = Math.max(1, step.ok());
                BenchReport.Row row = BenchReport.Row.of(step, relayedRate, backlog, drain, relayLag,
                        intake.cpu().minus(intakeCpu).toNanos() / 1e6 / perGrievance,
                        ownCpu().minus(ownCpu).toNanos() / 1e6 / perGrievance);
                rows.add(row);
                out.accept(String.format(Locale.ROOT, "  achieved %.0f/s, %d ok, %d errors%s, p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, "
                                + "max %.1f ms; relayed %.0f/s, backlog %d, drained in %s s, relay lag p99 %.1f ms; CPU per grievance: "
                                + "intake %.2f ms, broker+store+driver %.2f ms: %s",
                        row.achievedRate(), row.ok(), row.errors(), row.errorKinds().isEmpty() ? "" : " " + row.errorKinds(),
                        row.p50(), row.p99(), row.p999(), row.max(), row.relayedRate(), row.backlogAtEnd(),
                        drain < 0 ? "no (gave up)" : BenchReport.f1(drain), row.relayLagP99(), row.intakeCpuMs(), row.stackCpuMs(),
                        row.verdict()));
                boolean hopeless = row.achievedRate() < 0.8 * rate || row.errors() > 0.01 * Math.max(1, row.sent()) || drain < 0;
                if (hopeless && !options.allSteps()) {
                    out.accept("  stopping the ramp here: higher rates would only fail harder (--all-steps runs them anyway)");
                    break;
                }
            }
            if (options.profile()) {
                Path intakeJfr = options.dataDir().resolve("intake-service.jfr");
                Path benchJfr = options.dataDir().resolve("broker-store-driver.jfr");
                out.accept("  " + intake.jcmd("JFR.stop", "name=bench", "filename=" + intakeJfr));
                recording.stop();
                recording.dump(benchJfr);
                recording.close();
                notes.add("## Profile (Flight Recorder, `jdk.ExecutionSample`, during the steps)\n\n```\n"
                        + JfrSummary.summarize(intakeJfr, "intake-service JVM", 25) + "\n"
                        + JfrSummary.summarize(benchJfr, "benchmark JVM: Kafka broker, MongoDB-wire store, load driver", 25) + "```\n");
            }
            driver.close();
            driver = null;
            // Kafka's own numbers on a broker nobody else uses: intake (and its relay) must be gone
            intake.close();
            KafkaBaseline.Result kafkaResult = null;
            int recordBytes = watch.meanRecordBytes();
            setup.put("grievance.received record", recordBytes + " B mean (key + value + CloudEvents headers), "
                    + PARTITIONS + " partitions");
            if (options.kafkaRecords() > 0 && recordBytes > 0) {
                out.accept("Kafka's ProducerPerformance: " + options.kafkaRecords() + " records of " + recordBytes
                        + " B, acks=all, on the same broker, topic of " + PARTITIONS + " partitions ...");
                createTopic(kafka.bootstrapServers(), PERF_TOPIC, Map.of());
                kafkaResult = KafkaBaseline.run(kafka.bootstrapServers(), PERF_TOPIC, options.kafkaRecords(), recordBytes,
                        options.dataDir().resolve("logs").resolve("producer-performance.log"));
                out.accept("  " + kafkaResult.line());
            }
            setup.put("load average at end (1/5/15 min)", loadAverage());
            setup.put("took", Duration.between(began, Instant.now()).toSeconds() + " s");
            report = new BenchReport(STAMP.format(began), setup, rows, kafkaResult, String.join("\n", notes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("no Flight Recorder profile configuration", e);
        } finally {
            if (driver != null) {
                driver.close();
            }
            if (watch != null) {
                watch.close();
            }
            if (intake != null) {
                intake.close();
            }
            kafka.close();
            mongo.close();
        }
        Path markdown = report.write(options.resultsDir(), "intake-" + options.mode());
        return new Outcome(report, markdown);
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Waits until every accepted grievance is on the topic; answers the seconds it took, or -1 after the timeout. */
    private double drain(ReceivedTopicWatch watch, long accepted) {
        long start = System.nanoTime();
        long deadline = start + options.drainTimeout().toNanos();
        while (watch.records() < accepted) {
            if (System.nanoTime() > deadline) {
                return -1;
            }
            Pause.of(Duration.ofMillis(20));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void createTopic(String bootstrapServers, String topic, Map<String, String> config) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1).configs(config))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("could not create topic " + topic, e.getCause());
        }
    }

    /** intake-service's executable jar in the checkout. */
    static Path intakeJar(Path home) {
        Path target = home.resolve("intake-service").resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith("intake-service-")
                            && p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar of intake-service in " + target
                            + "; build it: ./mvnw -pl intake-service -am -DskipTests package"));
        } catch (IOException e) {
            throw new IllegalStateException("no build output of intake-service in " + target
                    + "; build it: ./mvnw -pl intake-service -am -DskipTests package", e);
        }
    }

    /** How long the disk takes to make a small append durable: it bounds the local broker (it syncs every append). */
    static String fsyncMillis(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = dir.resolve("fsync-probe");
            long[] nanos = new long[50];
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(probe,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.APPEND)) {
                java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(2048);
                for (int i = 0; i < nanos.length; i++) {
                    block.clear();
                    long start = System.nanoTime();
                    channel.write(block);
                    channel.force(false);
                    nanos[i] = System.nanoTime() - start;
                }
            } finally {
                Files.deleteIfExists(probe);
            }
            java.util.Arrays.sort(nanos);
            return String.format(Locale.ROOT, "%.2f", nanos[nanos.length / 2] / 1e6);
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void wipe(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + dir, e);
        }
    }
}
