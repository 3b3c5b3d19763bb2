package org.suqiu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class BenchReportTest {

    @Test
    void shouldCallTheHighestStepWithFullRateNoErrorsAndAKeptUpRelaySustained() {
        BenchReport report = report(
                row(1000, 1000, 0, 10, 0.5),
                row(2000, 1990, 0, 100, 0.8),
                row(3000, 2500, 0, 100, 0.8),          // achieved only 83 %
                row(5000, 4990, 3, 100, 0.8));         // errors
        assertThat(report.rows()).extracting(BenchReport.Row::sustained).containsExactly(true, true, false, false);
        assertThat(report.highestSustained()).get().extracting(BenchReport.Row::targetRate).isEqualTo(2000);
        assertThat(report.summary()).contains("Highest sustained rate: 2000 grievances/s", "At 2,000/s: p99",
                "Aim ≥ 5,000/s sustained: missed", "Ratio intake / Kafka: 0.077",
                "CPU per accepted grievance (step 5000/s, relay included): intake 0.40 ms + broker, store and driver 0.60 ms = 1.00 ms");
    }

    @Test
    void shouldNotCallAStepSustainedWhenTheRelayFallsBehind() {
        BenchReport report = report(row(1000, 1000, 0, 5000, 6.0), row(500, 500, 0, 0, -1));
        assertThat(report.rows().get(0).verdict()).isEqualTo("relay backlog grew");
        assertThat(report.rows().get(1).verdict()).isEqualTo("relay did not drain");
        assertThat(report.highestSustained()).isEmpty();
    }

    @Test
    void shouldWriteOneCsvLinePerStepAndAMarkdownTable() {
        BenchReport report = report(row(1000, 1000, 0, 10, 0.5), row(2000, 1990, 0, 100, 0.8));
        assertThat(report.csv().lines().filter(l -> !l.startsWith("#"))).hasSize(3);
        assertThat(report.csv()).contains("# kafka ProducerPerformance: records=100000 record_bytes=1700 records_per_s=26000.0");
        assertThat(report.markdown()).contains("| target/s | achieved/s | ok | errors |", "| 2000 | 1990 |", "`./suqiu bench --quick`");
        assertThat(report.text()).contains("target/s", "sustained");
    }

    private static BenchReport report(BenchReport.Row... rows) {
        Map<String, String> setup = new LinkedHashMap<>();
        setup.put("arguments", " --quick");
        return new BenchReport("2026-11-22 06:00:00 UTC", setup, List.of(rows),
                new KafkaBaseline.Result(100_000, 1700, 26_000, 42.2, 800, 1500, 700, 1400, "line"), "");
    }

    private static BenchReport.Row row(int target, double achieved, long errors, long backlog, double drain) {
        Histogram latency = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= 1000; i++) {
            latency.recordValue(i * 10L);
        }
        Histogram lag = new Histogram(60_000_000L, 3);
        lag.recordValue(200_000);
        long sent = target * 20L;
        LoadDriver.StepOutcome step = new LoadDriver.StepOutcome(target, Duration.ofSeconds(20), sent, sent - errors, errors,
                errors == 0 ? Map.of() : Map.of("HTTP 503", errors), achieved, latency, latency, 3);
        return BenchReport.Row.of(step, achieved, backlog, drain, lag, 0.4, 0.6);
    }
}
