package org.suqiu.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.LocalMongo;
import org.suqiu.localinfra.Ports;

/**
 * The whole of Suqiu on one machine: a real Kafka broker, the MongoDB-wire store and the demo mail
 * server (SMTP + IMAP) in this JVM, the services as child JVMs, all on 127.0.0.1, with data under
 * one folder.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    /** The local OIDC issuer; the other services trust the tokens it signs. */
    public static final String IDENTITY_SERVER = "identity-server";
    static final List<String> SERVICE_JVM_ARGS = List.of(
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xms64m", "-Xmx512m", "-Xss512k",
            "-Dfile.encoding=UTF-8", "-Djava.net.preferIPv4Stack=true");

    /** Ports and places; {@link #defaults(Path, Path)} gives the documented ones. */
    public record Settings(Path home, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                           int smtpPort, int imapPort, List<ServiceSpec> services, Duration readyTimeout) {

        public static Settings defaults(Path home, Path dataDir) {
            return new Settings(home, dataDir, 9092, 9093, 27017, 3025, 3143, List.of(
                    ServiceSpec.of("identity-server", 9000).withArgs(List.of(
                            "--suqiu.identity.key-store-dir=" + dataDir.resolve("identity"))),
                    ServiceSpec.of("intake-service", 8081).withArgs(List.of("--spring.profiles.active=demo")),
                    ServiceSpec.of("routing-service", 8082).withArgs(List.of("--spring.profiles.active=demo")),
                    ServiceSpec.of("mediation-service", 8083).withArgs(List.of("--spring.profiles.active=demo")),
                    ServiceSpec.of("notification-service", 8084).withArgs(List.of("--spring.profiles.active=demo"))),
                    Duration.ofSeconds(120));
        }

        public ServiceSpec service(String name) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no service " + name));
        }
    }

    private final Settings settings;
    private LocalKafka kafka;
    private LocalMongo mongo;
    private DemoMail mail;
    private final Map<String, ServiceProcess> processes = new LinkedHashMap<>();

    public LocalStack(Settings settings) {
        this.settings = settings;
    }

    /** Deletes everything under the data folder. */
    public static void reset(Path dataDir) {
        if (!Files.exists(dataDir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dataDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not reset " + dataDir, e);
        }
    }

    /** Starts the broker, the store and every service, and waits until all are ready. */
    public void start() {
        List<Integer> ports = new ArrayList<>(List.of(settings.kafkaPort(), settings.kafkaControllerPort(), settings.mongoPort(),
                settings.smtpPort(), settings.imapPort()));
        settings.services().forEach(s -> ports.add(s.port()));
        List<Integer> busy = ports.stream().filter(Ports::inUse).toList();
        if (!busy.isEmpty()) {
            throw new IllegalStateException("ports already in use on 127.0.0.1: " + busy
                    + " (is another Suqiu stack running?)");
        }
        Map<Path, String> jars = new LinkedHashMap<>();
        for (ServiceSpec service : settings.services()) {
            jars.put(jarOf(service.name()), service.name());
        }
        Instant began = Instant.now();
        kafka = LocalKafka.start(settings.dataDir().resolve("kafka"), settings.kafkaPort(), settings.kafkaControllerPort());
        mongo = LocalMongo.startWithFile(settings.dataDir().resolve("mongo").resolve("suqiu.mv"), settings.mongoPort());
        mail = DemoMail.start(settings.smtpPort(), settings.imapPort());
        log.info("Kafka, MongoDB-wire store and mail server up in {} ms", Duration.between(began, Instant.now()).toMillis());
        for (ServiceSpec service : settings.services()) {
            startService(service);
        }
        awaitReady(settings.services().stream().map(ServiceSpec::name).toList());
        log.info("All services ready {} s after start", Duration.between(began, Instant.now()).toSeconds());
    }

    /** Starts (or restarts) one service with extra arguments, e.g. to switch a feature off. */
    public void startService(ServiceSpec service) {
        ServiceProcess running = processes.get(service.name());
        if (running != null && running.isAlive()) {
            throw new IllegalStateException(service.name() + " is running");
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SUQIU_KAFKA", kafka.bootstrapServers());
        env.put("SUQIU_MONGO_URI", mongo.connectionString());
        env.put("SUQIU_MAIL_HOST", "127.0.0.1");
        env.put("SUQIU_SMTP_PORT", String.valueOf(mail.smtpPort()));
        env.put("SUQIU_IMAP_PORT", String.valueOf(mail.imapPort()));
        env.put("SUQIU_MAIL_PORT", String.valueOf(mail.smtpPort()));
        // notification: alerts and answers by e-mail through the demo mail server; the reply address from intake
        env.put("SUQIU_MAIL_ENABLED", "true");
        settings.services().stream().filter(s -> s.name().equals("intake-service")).findFirst().ifPresent(intake -> {
            env.put("SUQIU_INTAKE_URL", intake.baseUrl());
            env.put("SUQIU_TRACKING_URL", intake.baseUrl() + "/web/track.html?no=");
        });
        settings.services().stream().filter(s -> s.name().equals(IDENTITY_SERVER)).findFirst()
                .ifPresent(identity -> env.put("SUQIU_ISSUER_URI", identity.baseUrl()));
        processes.put(service.name(), ServiceProcess.start(service, jarOf(service.name()),
                settings.dataDir().resolve("logs"), env, SERVICE_JVM_ARGS));
    }

    /** Waits until the named services answer UP on their readiness probe. */
    public void awaitReady(List<String> names) {
        Instant deadline = Instant.now().plus(settings.readyTimeout());
        List<String> waiting = new ArrayList<>(names);
        while (!waiting.isEmpty()) {
            for (String name : List.copyOf(waiting)) {
                ServiceProcess process = processes.get(name);
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited during start-up; its log ends:\n" + process.tail(40));
                }
                if (process.isReady()) {
                    waiting.remove(name);
                    log.info("{} ready on {}", name, process.spec().baseUrl());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("not ready within " + settings.readyTimeout().toSeconds() + " s: " + waiting
                        + "; see " + settings.dataDir().resolve("logs"));
            }
            if (!waiting.isEmpty()) {
                pause(Duration.ofMillis(250));
            }
        }
    }

    /** Kills one service at once, as a crash would. */
    public void kill(String name) {
        processes.get(name).kill();
    }

    /** Stops one service gracefully. */
    public void stop(String name) {
        processes.get(name).stop(Duration.ofSeconds(15));
    }

    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    public DemoMail mail() {
        return mail;
    }

    public Settings settings() {
        return settings;
    }

    public Path logOf(String name) {
        return settings.dataDir().resolve("logs").resolve(name + ".log");
    }

    private Path jarOf(String service) {
        Path target = settings.home().resolve(service).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().startsWith(service + "-")
                            && p.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no executable jar for " + service + " in " + target
                            + "; build first: ./mvnw -DskipTests package"));
        } catch (IOException e) {
            throw new IllegalStateException("no build output for " + service + " in " + target
                    + "; build first: ./mvnw -DskipTests package", e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Stops the services first (so they leave the consumer groups cleanly), then Kafka and the store. */
    @Override
    public void close() {
        List<ServiceProcess> running = new ArrayList<>(processes.values());
        running.parallelStream().forEach(p -> p.stop(Duration.ofSeconds(15)));
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        if (mail != null) {
            mail.close();
        }
    }
}
