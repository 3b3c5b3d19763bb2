package org.suqiu.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JVM's CPU went during the measured steps, from a Flight Recorder file: {@code jdk.ExecutionSample}
 * by component (the first frame from the leaf that is not the JDK's own, so a {@code HashMap.get} counts
 * for whoever called it), by thread and by hottest method, plus CPU load and GC pauses.
 */
final class JfrSummary {

    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("de.bwaldvogel.", "mongo-java-server (the store)");
        COMPONENTS.put("org.h2.", "H2 (the store's file backend)");
        COMPONENTS.put("com.mongodb.", "MongoDB driver");
        COMPONENTS.put("org.bson.", "MongoDB driver (BSON)");
        COMPONENTS.put("io.netty.", "Netty (HTTP and Mongo I/O)");
        COMPONENTS.put("reactor.netty.", "Reactor Netty");
        COMPONENTS.put("reactor.", "Reactor");
        COMPONENTS.put("org.springframework.security.", "Spring Security");
        COMPONENTS.put("org.springframework.cloud.stream.", "Spring Cloud Stream");
        COMPONENTS.put("org.springframework.kafka.", "Spring Kafka");
        COMPONENTS.put("org.springframework.messaging.", "Spring Messaging");
        COMPONENTS.put("org.springframework.web.", "Spring WebFlux");
        COMPONENTS.put("org.springframework.http.", "Spring WebFlux");
        COMPONENTS.put("org.springframework.validation.", "Bean Validation");
        COMPONENTS.put("org.springframework.", "Spring (other)");
        COMPONENTS.put("org.hibernate.validator.", "Bean Validation");
        COMPONENTS.put("jakarta.validation.", "Bean Validation");
        COMPONENTS.put("tools.jackson.", "Jackson");
        COMPONENTS.put("com.fasterxml.jackson.", "Jackson");
        COMPONENTS.put("org.apache.kafka.", "Kafka");
        COMPONENTS.put("kafka.", "Kafka");
        COMPONENTS.put("ch.qos.logback.", "Logging");
        COMPONENTS.put("org.slf4j.", "Logging");
        COMPONENTS.put("org.apache.logging.", "Logging");
        COMPONENTS.put("org.HdrHistogram.", "bench driver");
        COMPONENTS.put("org.suqiu.bench.", "bench driver");
        COMPONENTS.put("org.suqiu.", "Suqiu code");
        COMPONENTS.put("io.micrometer.", "Micrometer");
    }

    private JfrSummary() {
    }

    /** A short text report; {@code top} hottest methods. */
    static String summarize(Path jfr, String title, int top) {
        Map<String, Long> byComponent = new HashMap<>();
        Map<String, Long> byMethod = new HashMap<>();
        Map<String, Long> bySuqiuFrame = new HashMap<>();
        Map<String, Long> byThread = new HashMap<>();
        long samples = 0;
        double cpuJvm = 0;
        double cpuMachine = 0;
        long cpuEvents = 0;
        long gcPauseNanos = 0;
        long gcs = 0;
        try (RecordingFile file = new RecordingFile(jfr)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                switch (event.getEventType().getName()) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace stack = event.getStackTrace();
                        if (stack == null || stack.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        List<RecordedFrame> frames = stack.getFrames();
                        byMethod.merge(name(frames.get(0).getMethod()), 1L, Long::sum);
                        byComponent.merge(component(frames), 1L, Long::sum);
                        frames.stream().filter(f -> f.getMethod().getType().getName().startsWith("org.suqiu.")
                                        && !f.getMethod().getType().getName().startsWith("org.suqiu.bench."))
                                .findFirst()
                                .ifPresent(f -> bySuqiuFrame.merge(name(f.getMethod()), 1L, Long::sum));
                        String thread = event.getThread("sampledThread") == null ? "?"
                                : event.getThread("sampledThread").getJavaName();
                        byThread.merge(thread == null ? "?" : thread.replaceAll("\\d+", "#"), 1L, Long::sum);
                    }
                    case "jdk.CPULoad" -> {
                        cpuJvm += event.getFloat("jvmUser") + event.getFloat("jvmSystem");
                        cpuMachine += event.getFloat("machineTotal");
                        cpuEvents++;
                    }
                    case "jdk.GarbageCollection" -> {
                        gcPauseNanos += event.getDuration("sumOfPauses").toNanos();
                        gcs++;
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException e) {
            return title + ": could not read " + jfr + ": " + e.getMessage() + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append(" — ").append(samples).append(" CPU samples (").append(jfr.getFileName()).append(")\n\n");
        if (cpuEvents > 0) {
            out.append(String.format(Locale.ROOT, "CPU: this JVM %.0f%% of the machine, machine total %.0f%% (means over the recording); "
                    + "GC: %d collections, %.0f ms paused in all.%n%n", 100 * cpuJvm / cpuEvents, 100 * cpuMachine / cpuEvents,
                    gcs, gcPauseNanos / 1e6));
        }
        section(out, "By component (first non-JDK frame from the top)", byComponent, samples, 14);
        section(out, "By thread", byThread, samples, 10);
        section(out, "Hottest methods (self)", byMethod, samples, top);
        if (!bySuqiuFrame.isEmpty()) {
            section(out, "Nearest Suqiu frame on the stack (inclusive)", bySuqiuFrame, samples, top);
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, Map<String, Long> counts, long samples, int limit) {
        out.append(heading).append(":\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(limit)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey())));
        out.append('\n');
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("com.sun.")
                    || type.startsWith("javax.")) {
                continue;
            }
            for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
            return "other: " + packageOf(type);
        }
        String leaf = frames.get(0).getMethod().getType().getName();
        if (leaf.startsWith("javax.crypto.") || leaf.startsWith("com.sun.crypto.") || leaf.startsWith("sun.security.")) {
            return "JDK crypto";
        }
        return "JDK only: " + packageOf(leaf);
    }

    private static String packageOf(String type) {
        int dot = type.lastIndexOf('.');
        return dot < 0 ? type : type.substring(0, dot);
    }

    private static String name(RecordedMethod method) {
        return method.getType().getName() + "." + method.getName();
    }
}
