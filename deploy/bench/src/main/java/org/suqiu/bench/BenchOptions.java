package org.suqiu.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run does: the rates and how long each, the warm-up, the store, the JVM options of
 * intake, whether to profile, where to keep data and results.
 */
record BenchOptions(String mode, List<Integer> rates, Duration step, int warmupRate, Duration warmup, Store store,
                    List<String> intakeJvmArgs, boolean profile, long kafkaRecords, boolean allSteps, Duration drainTimeout,
                    Duration readyTimeout, Path home, Path dataDir, Path resultsDir, String arguments) {

    /** Where intake's submissions live: the H2 file backend as in {@code ./suqiu up}, or in memory. */
    enum Store { FILE, MEMORY }

    static final List<Integer> FULL_RATES = List.of(500, 1000, 2000, 3000, 5000, 7000);
    static final List<Integer> QUICK_RATES = List.of(250, 500, 1000);
    /** Full JIT (unlike the local stack's quick-start C1 only) and a fixed heap: a fair, steady intake. */
    static final List<String> INTAKE_JVM_ARGS = List.of("-Xms1g", "-Xmx1g", "-Dfile.encoding=UTF-8",
            "-Djava.net.preferIPv4Stack=true");
    /** For the smoke test: start fast, measure nothing serious. */
    static final List<String> QUICK_START_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m",
            "-Xmx512m", "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true");

    static final String USAGE = """
            usage: ./suqiu bench [--quick] [options]
              --quick                 a short run: rates 250,500,1000 for 5 s each after 5 s of warm-up (about 2 minutes)
              --rates R1,R2,...       the steps in grievances/s (default 500,1000,2000,3000,5000,7000)
              --step SECONDS          how long each step sends (default 20; --quick 5)
              --warmup SECONDS        warm-up before the first step, not measured (default 15; --quick 5)
              --warmup-rate R         the warm-up's rate (default 500; --quick 200)
              --store file|memory     intake's MongoDB-wire store: H2 file as in ./suqiu up (default) or in memory
              --all-steps             keep going after a step that clearly failed (default: stop there)
              --no-profile            no Flight Recorder (by default it records intake's JVM and the broker/store/driver
                                      JVM during the steps, about 2 % overhead, and summarises jdk.ExecutionSample)
              --kafka-records N       records for Kafka's ProducerPerformance (default 300000; --quick 50000; 0 skips it)
              --intake-jvm "ARGS"     intake's JVM options (default "-Xms1g -Xmx1g ...")
              --data DIR              working data, wiped at start (default HOME/.suqiu-data/bench)
              --results DIR           where the CSV and Markdown go (default HOME/deploy/bench/results)
            """;

    static BenchOptions parse(String[] args, Path defaultHome) {
        boolean quick = Arrays.asList(args).contains("--quick");
        String mode = quick ? "quick" : "full";
        List<Integer> rates = quick ? QUICK_RATES : FULL_RATES;
        Duration step = Duration.ofSeconds(quick ? 5 : 20);
        Duration warmup = Duration.ofSeconds(quick ? 5 : 15);
        int warmupRate = quick ? 200 : 500;
        long kafkaRecords = quick ? 50_000 : 300_000;
        Store store = Store.FILE;
        List<String> jvm = INTAKE_JVM_ARGS;
        boolean profile = true;
        boolean allSteps = false;
        Path home = defaultHome;
        Path data = null;
        Path results = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--quick" -> { }
                case "--rates" -> {
                    rates = Arrays.stream(value(args, ++i, arg).split(",")).map(String::trim).map(Integer::parseInt).toList();
                    mode = "custom";
                }
                case "--step" -> step = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
                case "--warmup" -> warmup = Duration.ofSeconds(Long.parseLong(value(args, ++i, arg)));
                case "--warmup-rate" -> warmupRate = Integer.parseInt(value(args, ++i, arg));
                case "--store" -> store = Store.valueOf(value(args, ++i, arg).toUpperCase(java.util.Locale.ROOT));
                case "--all-steps" -> allSteps = true;
                case "--profile" -> profile = true;
                case "--no-profile" -> profile = false;
                case "--kafka-records" -> kafkaRecords = Long.parseLong(value(args, ++i, arg));
                case "--intake-jvm" -> jvm = List.of(value(args, ++i, arg).trim().split("\\s+"));
                case "--home" -> home = Path.of(value(args, ++i, arg));
                case "--data" -> data = Path.of(value(args, ++i, arg));
                case "--results" -> results = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r < 1)) {
            throw new IllegalArgumentException("rates must be positive\n" + USAGE);
        }
        home = home.toAbsolutePath().normalize();
        data = (data == null ? home.resolve(".suqiu-data").resolve("bench") : data).toAbsolutePath().normalize();
        results = (results == null ? home.resolve("deploy").resolve("bench").resolve("results") : results).toAbsolutePath().normalize();
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--home")) {
                i++;
            } else {
                shown.append(' ').append(args[i]);
            }
        }
        return new BenchOptions(mode, rates, step, warmupRate, warmup, store, jvm, profile, kafkaRecords, allSteps,
                Duration.ofSeconds(quick ? 60 : 120), Duration.ofSeconds(180), home, data, results, shown.toString());
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    BenchOptions withIntakeJvmArgs(List<String> jvm) {
        return new BenchOptions(mode, rates, step, warmupRate, warmup, store, jvm, profile, kafkaRecords, allSteps, drainTimeout,
                readyTimeout, home, dataDir, resultsDir, arguments);
    }
}
