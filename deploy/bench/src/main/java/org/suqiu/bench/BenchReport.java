package org.suqiu.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.HdrHistogram.Histogram;

/**
 * The benchmark's result: one row per step, the highest sustained rate, Kafka's own producer numbers and
 * the ratio, printed as a table and written as CSV and Markdown.
 */
record BenchReport(String startedAt, Map<String, String> setup, List<Row> rows, KafkaBaseline.Result kafka,
                   String notes) {

    /** A step: what the driver saw (latencies in ms from the intended send time) and what the relay did. */
    record Row(int targetRate, double seconds, long sent, long ok, long errors, String errorKinds, double achievedRate,
               double p50, double p99, double p999, double max, double serviceP99, long maxSendLagMs,
               double relayedRate, long backlogAtEnd, double drainSeconds, double relayLagP50, double relayLagP99,
               double intakeCpuMs, double stackCpuMs, boolean sustained, String verdict) {

        /** {@code intakeCpuMs}, {@code stackCpuMs}: CPU time per accepted grievance, from the step's start to the end of its drain. */
        static Row of(LoadDriver.StepOutcome step, double relayedRate, long backlogAtEnd, double drainSeconds,
                Histogram relayLag, double intakeCpuMs, double stackCpuMs) {
            Histogram l = step.latency();
            boolean rateOk = step.achievedRate() >= 0.95 * step.targetRate();
            boolean noErrors = step.errors() == 0;
            boolean relayKeepsUp = backlogAtEnd <= Math.max(50, step.targetRate()) && drainSeconds >= 0;
            List<String> why = new ArrayList<>();
            if (!rateOk) {
                why.add(String.format(Locale.ROOT, "achieved %.0f%% of target", 100 * step.achievedRate() / step.targetRate()));
            }
            if (!noErrors) {
                why.add(step.errors() + " errors");
            }
            if (!relayKeepsUp) {
                why.add(drainSeconds < 0 ? "relay did not drain" : "relay backlog grew");
            }
            String errorKinds = step.errorKinds().isEmpty() ? "" : step.errorKinds().toString();
            return new Row(step.targetRate(), step.sendWindow().toMillis() / 1000.0, step.sent(), step.ok(), step.errors(),
                    errorKinds, step.achievedRate(), ms(l, 50), ms(l, 99), ms(l, 99.9), l.getMaxValue() / 1000.0,
                    ms(step.serviceTime(), 99), step.maxSendLagMicros() / 1000, relayedRate, backlogAtEnd, drainSeconds,
                    ms(relayLag, 50), ms(relayLag, 99), step.ok() == 0 ? Double.NaN : intakeCpuMs,
                    step.ok() == 0 ? Double.NaN : stackCpuMs, why.isEmpty(), why.isEmpty() ? "sustained" : String.join("; ", why));
        }

        private static double ms(Histogram h, double percentile) {
            return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
        }
    }

    /** The highest step where achieved ≥ 95 % of target, without errors, with the relay keeping up. */
    Optional<Row> highestSustained() {
        return rows.stream().filter(Row::sustained).max((a, b) -> Integer.compare(a.targetRate(), b.targetRate()));
    }

    Optional<Row> at(int rate) {
        return rows.stream().filter(r -> r.targetRate() == rate).findFirst();
    }

    private static final String[] HEADER = {"target/s", "achieved/s", "ok", "errors", "p50 ms", "p99 ms", "p99.9 ms", "max ms",
            "svc p99 ms", "relayed/s", "backlog", "drain s", "relay lag p50 ms", "relay lag p99 ms", "intake CPU ms/g",
            "stack CPU ms/g", "verdict"};

    private List<String[]> cells() {
        List<String[]> lines = new ArrayList<>();
        for (Row r : rows) {
            lines.add(new String[] {Integer.toString(r.targetRate()), f0(r.achievedRate()), Long.toString(r.ok()),
                    Long.toString(r.errors()), f1(r.p50()), f1(r.p99()), f1(r.p999()), f1(r.max()), f1(r.serviceP99()),
                    f0(r.relayedRate()), Long.toString(r.backlogAtEnd()), r.drainSeconds() < 0 ? "no" : f1(r.drainSeconds()),
                    f1(r.relayLagP50()), f1(r.relayLagP99()), f2(r.intakeCpuMs()), f2(r.stackCpuMs()), r.verdict()});
        }
        return lines;
    }

    /** The console table with the verdict lines. */
    String text() {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(cells());
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                out.append(i == line.length - 1 ? line[i] : pad(line[i], widths[i])).append(i == line.length - 1 ? "" : "  ");
            }
            out.append('\n');
        }
        out.append('\n').append(summary());
        return out.toString();
    }

    String summary() {
        StringBuilder out = new StringBuilder();
        Optional<Row> best = highestSustained();
        out.append("Highest sustained rate: ").append(best.map(r -> r.targetRate() + " grievances/s (achieved " + f0(r.achievedRate())
                + "/s, p50 " + f1(r.p50()) + " ms, p99 " + f1(r.p99()) + " ms, p99.9 " + f1(r.p999()) + " ms)")
                .orElse("none of the steps")).append('\n');
        at(2000).ifPresent(r -> out.append("At 2,000/s: p99 ").append(f1(r.p99())).append(" ms (aim < 50 ms: ")
                .append(r.p99() < 50 ? "met" : "missed").append(")\n"));
        out.append("Aim ≥ 5,000/s sustained: ").append(best.filter(r -> r.targetRate() >= 5000).isPresent() ? "met" : "missed").append('\n');
        rows.stream().filter(r -> !Double.isNaN(r.intakeCpuMs())).reduce((a, b) -> b).ifPresent(r -> {
            double total = r.intakeCpuMs() + r.stackCpuMs();
            out.append(String.format(Locale.ROOT, "CPU per accepted grievance (step %d/s, relay included): intake %.2f ms + broker, store "
                    + "and driver %.2f ms = %.2f ms, so %d cores carry at most about %.0f grievances/s%n", r.targetRate(),
                    r.intakeCpuMs(), r.stackCpuMs(), total, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / total));
        });
        if (kafka != null) {
            out.append(String.format(Locale.ROOT, "Kafka ProducerPerformance (same broker, %d records of %d B, acks=all, idempotent): "
                    + "%.0f records/s (%.2f MB/s)%n", kafka.records(), kafka.recordBytes(), kafka.recordsPerSecond(),
                    kafka.megabytesPerSecond()));
            best.ifPresent(r -> out.append(String.format(Locale.ROOT, "Ratio intake / Kafka: %.3f (%.0f / %.0f)%n",
                    r.achievedRate() / kafka.recordsPerSecond(), r.achievedRate(), kafka.recordsPerSecond())));
        }
        return out.toString();
    }

    String csv() {
        StringBuilder out = new StringBuilder();
        out.append("target_per_s,seconds,sent,ok,errors,achieved_per_s,p50_ms,p99_ms,p999_ms,max_ms,service_p99_ms,max_send_lag_ms,"
                + "relayed_per_s,backlog_at_end,drain_s,relay_lag_p50_ms,relay_lag_p99_ms,intake_cpu_ms_per_grievance,"
                + "stack_cpu_ms_per_grievance,sustained,verdict,error_kinds\n");
        for (Row r : rows) {
            out.append(String.join(",", Integer.toString(r.targetRate()), f1(r.seconds()), Long.toString(r.sent()),
                    Long.toString(r.ok()), Long.toString(r.errors()), f1(r.achievedRate()), f2(r.p50()), f2(r.p99()), f2(r.p999()),
                    f2(r.max()), f2(r.serviceP99()), Long.toString(r.maxSendLagMs()), f1(r.relayedRate()),
                    Long.toString(r.backlogAtEnd()), f2(r.drainSeconds()), f2(r.relayLagP50()), f2(r.relayLagP99()),
                    f2(r.intakeCpuMs()), f2(r.stackCpuMs()), Boolean.toString(r.sustained()), quote(r.verdict()), quote(r.errorKinds()))).append('\n');
        }
        if (kafka != null) {
            out.append(String.format(Locale.ROOT, "# kafka ProducerPerformance: records=%d record_bytes=%d records_per_s=%.1f mb_per_s=%.2f "
                    + "avg_latency_ms=%.1f max_latency_ms=%.1f%n", kafka.records(), kafka.recordBytes(), kafka.recordsPerSecond(),
                    kafka.megabytesPerSecond(), kafka.avgLatencyMs(), kafka.maxLatencyMs()));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# Intake load benchmark — ").append(startedAt).append("\n\n");
        out.append("`./suqiu bench").append(setup.getOrDefault("arguments", "")).append("`\n\n");
        out.append("| setting | value |\n|---|---|\n");
        setup.forEach((k, v) -> out.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n"));
        out.append("\n| ").append(String.join(" | ", HEADER)).append(" |\n|");
        out.append("---|".repeat(HEADER.length)).append('\n');
        for (String[] line : cells()) {
            out.append("| ").append(String.join(" | ", line)).append(" |\n");
        }
        out.append('\n');
        for (String line : summary().split("\n")) {
            out.append("- ").append(line).append('\n');
        }
        out.append("\nLatencies are from the intended send time (open model, no coordinated omission); `svc p99` from the "
                + "actual send. `relayed/s`: events that reached `grievance.received` during the step; `backlog`: accepted but not "
                + "yet on the topic when the step's last answer came; `drain s`: how long the relay then needed to catch up; "
                + "`relay lag`: from the 202 to the broker's append time of the event; `CPU ms/g`: CPU time per accepted grievance "
                + "from the step's start to the end of its drain, of intake's JVM and of the benchmark's JVM (broker, store, "
                + "driver) — a measure that a busy machine disturbs much less than the latencies. A step is *sustained* when achieved ≥ 95% "
                + "of the target, no request failed and the backlog stayed within one second of the target rate.\n");
        if (notes != null && !notes.isBlank()) {
            out.append("\n").append(notes).append('\n');
        }
        return out.toString();
    }

    /** Writes {@code <prefix>.csv} and {@code <prefix>.md} into {@code dir}; answers the Markdown file. */
    Path write(Path dir, String prefix) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(prefix + ".csv"), csv(), StandardCharsets.UTF_8);
            Path md = dir.resolve(prefix + ".md");
            Files.writeString(md, markdown(), StandardCharsets.UTF_8);
            return md;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the results to " + dir, e);
        }
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    static String f0(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String f1(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    static String f2(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.2f", v);
    }
}
