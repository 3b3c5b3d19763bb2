package org.suqiu.localinfra.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads everything on some topics from the beginning, for assertions in integration tests. Use it
 * with Awaitility: {@code await().until(() -> probe.poll().stream().anyMatch(...))}.
 */
public final class TopicProbe implements AutoCloseable {

    /** One record as a test sees it: topic, key, headers as strings, value as UTF-8 text. */
    public record Received(String topic, String key, Map<String, String> headers, String value) {

        public String header(String name) {
            return headers.get(name);
        }
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public TopicProbe(String bootstrapServers, Collection<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.consumer.subscribe(topics);
    }

    public static TopicProbe on(String bootstrapServers, String... topics) {
        return new TopicProbe(bootstrapServers, List.of(topics));
    }

    /** Polls once briefly and answers everything received so far. */
    public synchronized List<Received> poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            Map<String, String> headers = new HashMap<>();
            for (Header header : record.headers()) {
                headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
            }
            String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
            received.add(new Received(record.topic(), record.key(), headers, value));
        }
        return new ArrayList<>(received);
    }

    /** Everything received so far that matches. */
    public List<Received> poll(Predicate<Received> filter) {
        return poll().stream().filter(filter).toList();
    }

    /** Records of one CloudEvents type received so far. */
    public List<Received> ofType(String ceType) {
        return poll(r -> ceType.equals(r.header("ce_type")));
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
