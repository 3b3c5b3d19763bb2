package org.suqiu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code ./suqiu bench} working: a couple of seconds at a low rate against the real thing (Kafka broker,
 * MongoDB-wire store, intake's exec jar as its own JVM, ProducerPerformance), and a sane report at the end.
 */
class BenchSmokeIT {

    @TempDir
    Path work;

    @Test
    void shouldProduceASaneReportFromAShortRunAgainstTheRealStack() throws Exception {
        Path home = Path.of(System.getProperty("suqiu.home", "../.."));
        BenchOptions options = BenchOptions.parse(new String[] {"--rates", "20", "--step", "2", "--warmup", "1",
                "--warmup-rate", "10", "--store", "memory", "--kafka-records", "2000", "--no-profile", "--home", home.toString(),
                "--data", work.resolve("data").toString(), "--results", work.resolve("results").toString()}, home)
                .withIntakeJvmArgs(BenchOptions.QUICK_START_JVM_ARGS);
        List<String> progress = new ArrayList<>();

        Benchmark.Outcome outcome = new Benchmark(options, line -> {
            progress.add(line);
            System.out.println(line);
        }).run();

        BenchReport report = outcome.report();
        assertThat(report.rows()).hasSize(1);
        BenchReport.Row step = report.rows().get(0);
        assertThat(step.targetRate()).isEqualTo(20);
        assertThat(step.sent()).isEqualTo(40);
        assertThat(step.ok() + step.errors()).isEqualTo(step.sent());
        assertThat(step.ok()).as("accepted grievances; errors: %s", step.errorKinds()).isPositive();
        assertThat(step.achievedRate()).isPositive();
        assertThat(step.p50()).isPositive().isLessThanOrEqualTo(step.p99());
        assertThat(step.p99()).isLessThanOrEqualTo(step.p999()).isLessThanOrEqualTo(step.max());
        assertThat(step.drainSeconds()).as("every accepted grievance reached grievance.received").isGreaterThanOrEqualTo(0);
        assertThat(step.relayLagP50()).isGreaterThanOrEqualTo(0);
        assertThat(step.intakeCpuMs()).as("intake's CPU per grievance").isPositive();
        assertThat(step.stackCpuMs()).as("broker, store and driver CPU per grievance").isPositive();
        assertThat(report.kafka()).isNotNull();
        assertThat(report.kafka().records()).isEqualTo(2000);
        assertThat(report.kafka().recordBytes()).as("intake's event size").isBetween(500, 5000);
        assertThat(report.kafka().recordsPerSecond()).isPositive();

        Path markdown = outcome.markdown();
        assertThat(markdown).isEqualTo(work.resolve("results").resolve("intake-custom.md"));
        assertThat(Files.readString(markdown)).contains("| target/s | achieved/s |", "Kafka ProducerPerformance", "| 20 |");
        List<String> csv = Files.readAllLines(work.resolve("results").resolve("intake-custom.csv"));
        assertThat(csv.get(0)).startsWith("target_per_s,seconds,sent,ok,errors,achieved_per_s,p50_ms,p99_ms,p999_ms");
        assertThat(csv.get(1)).startsWith("20,2.0,40,");
        assertThat(report.text()).contains("Highest sustained rate:");
        assertThat(progress).anyMatch(line -> line.startsWith("intake-service ready"));
    }
}
