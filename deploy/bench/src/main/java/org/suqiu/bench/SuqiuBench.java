package org.suqiu.bench;

import java.nio.file.Path;
import java.util.Arrays;

import org.apache.kafka.tools.ProducerPerformance;

/**
 * {@code ./suqiu bench [--quick]}: the intake load benchmark of issue 4 (受理压测). Prints the table and
 * the verdicts, writes them to {@code deploy/bench/results/}. With {@code kafka-producer-perf ...} as
 * first argument it is Kafka's ProducerPerformance instead (how the benchmark starts that in a JVM of its own);
 * {@code jfr-summary FILE...} summarises Flight Recorder files as the report does.
 */
public final class SuqiuBench {

    private SuqiuBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(KafkaBaseline.TOOL_ARGUMENT)) {
            ProducerPerformance.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 1 && args[0].equals("jfr-summary")) {
            for (int i = 1; i < args.length; i++) {
                System.out.println(JfrSummary.summarize(Path.of(args[i]), args[i], 25));
            }
            return;
        }
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, Path.of(System.getProperty("suqiu.home", ".")));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Benchmark.Outcome outcome;
        try {
            outcome = new Benchmark(options, System.out::println).run();
        } catch (RuntimeException e) {
            System.err.println("The benchmark failed: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
            return;
        }
        System.out.println();
        System.out.println(outcome.report().text());
        if (!outcome.report().notes().isBlank()) {
            System.out.println(outcome.report().notes());
        }
        System.out.println("Written: " + outcome.markdown() + " and the .csv beside it");
        System.out.println("Caveat: the numbers hold for this machine at this load (load average at start "
                + outcome.report().setup().get("load average at start (1/5/15 min)")
                + "); broker, store and driver share its cores with intake.");
        System.exit(0);
    }
}
