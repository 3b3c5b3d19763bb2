package org.suqiu.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Kafka's own producer benchmark ({@code org.apache.kafka.tools.ProducerPerformance} from kafka-tools) on
 * the same broker, in a JVM of its own like intake: the ceiling intake's relay is measured against.
 */
final class KafkaBaseline {

    /** ProducerPerformance's summary line. Latencies in ms (of a producer sending as fast as it can). */
    record Result(long records, int recordBytes, double recordsPerSecond, double megabytesPerSecond, double avgLatencyMs,
                  double maxLatencyMs, long p50Ms, long p99Ms, String line) {
    }

    static final String TOOL_ARGUMENT = "kafka-producer-perf";
    private static final Pattern SUMMARY = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
            + "([\\d.]+) ms avg latency, ([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th, (\\d+) ms 99.9th");

    private KafkaBaseline() {
    }

    static Result run(String bootstrapServers, String topic, long records, int recordBytes, Path log) {
        List<String> args = new ArrayList<>(selfCommand());
        args.addAll(List.of(TOOL_ARGUMENT, "--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordBytes), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true"));
        ChildJvm perf = ChildJvm.start("ProducerPerformance", List.of("-Xms256m", "-Xmx512m", "-Dfile.encoding=UTF-8"),
                args, Map.of(), log);
        if (!perf.waitFor(Duration.ofMinutes(5))) {
            perf.close();
            throw new IllegalStateException("ProducerPerformance did not finish in 5 minutes; see " + log);
        }
        String output;
        try {
            output = Files.readString(log);
        } catch (IOException e) {
            throw new IllegalStateException("no output of ProducerPerformance in " + log, e);
        }
        MatchResult last = null;
        Matcher m = SUMMARY.matcher(output);
        while (m.find()) {
            last = m.toMatchResult();
        }
        if (last == null) {
            throw new IllegalStateException("ProducerPerformance (exit " + perf.exitValue() + ") printed no summary; its log ends:\n"
                    + perf.tail(30));
        }
        return new Result(Long.parseLong(last.group(1)), recordBytes, Double.parseDouble(last.group(2)),
                Double.parseDouble(last.group(3)), Double.parseDouble(last.group(4)), Double.parseDouble(last.group(5)),
                Long.parseLong(last.group(6)), Long.parseLong(last.group(8)), last.group(0));
    }

    /** How to start this very program again: from its Spring Boot jar, or from the class path (tests). */
    static List<String> selfCommand() {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar") && isBootJar(classPath)) {
            return List.of("-jar", classPath);
        }
        return List.of("-cp", classPath, SuqiuBench.class.getName());
    }

    private static boolean isBootJar(String jar) {
        try (ZipFile zip = new ZipFile(jar)) {
            return zip.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }
}
