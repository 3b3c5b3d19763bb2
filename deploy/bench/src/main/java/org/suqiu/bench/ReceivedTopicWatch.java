package org.suqiu.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows {@code grievance.received} from its beginning: counts the events the relay put there and, for
 * each grievance the driver saw accepted, the relay lag = the broker's append time (the topic is created
 * with {@code LogAppendTime}) minus the moment the driver got its {@code 202}. Either side may come first.
 */
final class ReceivedTopicWatch implements AutoCloseable {

    /** A grievance seen on one side only so far: accepted (by the driver) or on the topic. */
    private record Mark(long atMillis, boolean accepted) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private final Map<String, Mark> pending = new ConcurrentHashMap<>();
    private static final long MAX_LAG_MICROS = 600_000_000L;
    private final Recorder relayLag = new Recorder(MAX_LAG_MICROS, 3);
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong recordBytes = new AtomicLong();
    private volatile boolean running = true;

    ReceivedTopicWatch(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "50");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread = new Thread(this::run, "bench-topic-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    records.incrementAndGet();
                    recordBytes.addAndGet(size(record));
                    if (record.key() != null) {
                        onTopic(record.key(), record.timestamp());
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The driver got a 202 for this grievance at {@code atMillis} (epoch). */
    void accepted(String grievanceId, long atMillis) {
        pending.compute(grievanceId, (id, mark) -> {
            if (mark == null) {
                return new Mark(atMillis, true);
            }
            if (!mark.accepted()) {
                record(mark.atMillis() - atMillis);
                return null;
            }
            return mark;
        });
    }

    private void onTopic(String grievanceId, long appendedMillis) {
        pending.compute(grievanceId, (id, mark) -> {
            if (mark == null) {
                return new Mark(appendedMillis, false);
            }
            if (mark.accepted()) {
                record(appendedMillis - mark.atMillis());
                return null;
            }
            return mark;
        });
    }

    private void record(long lagMillis) {
        relayLag.recordValue(Math.min(MAX_LAG_MICROS, Math.max(0, lagMillis) * 1000));
    }

    /** Records on the topic so far (including re-publishes, which are rare). */
    long records() {
        return records.get();
    }

    /** The mean size of a record (key + value + headers) seen so far, in bytes. */
    int meanRecordBytes() {
        long n = records.get();
        return n == 0 ? 0 : (int) (recordBytes.get() / n);
    }

    /** Relay lags (microseconds) recorded since the last call. */
    org.HdrHistogram.Histogram takeRelayLag() {
        return relayLag.getIntervalHistogram();
    }

    private static long size(ConsumerRecord<String, byte[]> record) {
        long size = record.value() == null ? 0 : record.value().length;
        if (record.key() != null) {
            size += record.key().getBytes(StandardCharsets.UTF_8).length;
        }
        for (Header header : record.headers()) {
            size += header.key().length() + (header.value() == null ? 0 : header.value().length);
        }
        return size;
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
