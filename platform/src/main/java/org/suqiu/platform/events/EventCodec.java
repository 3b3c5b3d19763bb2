package org.suqiu.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.EventCatalog;
import org.suqiu.contracts.EventType;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns contract records into CloudEvents messages (binary mode: attributes in {@code ce_*}
 * headers, JSON data, Kafka key = subject) and back. Consumers ignore fields they do not know.
 */
public class EventCodec {

    private static final String CE_KAFKA_PREFIX = "ce_";
    private static final String CE_HTTP_PREFIX = "ce-";

    private final JsonMapper json;
    private final String source;
    private final Clock clock;

    public EventCodec(String source, Clock clock) {
        this.json = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.source = source;
        this.clock = clock;
    }

    /** A message with a fresh event id. */
    public Message<byte[]> toMessage(Event event) {
        return toMessage(event, UUID.randomUUID().toString());
    }

    /**
     * A message with the given event id; use a deterministic id when the same fact may be
     * published again (after a crash), so consumers recognise the repeat.
     */
    public Message<byte[]> toMessage(Event event, String eventId) {
        EventType type = EventCatalog.of(event.getClass());
        return MessageBuilder.withPayload(json.writeValueAsBytes(event))
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.ID, eventId)
                .setHeader(CloudEventHeaders.SOURCE, source)
                .setHeader(CloudEventHeaders.TYPE, type.type())
                .setHeader(CloudEventHeaders.TIME, Instant.now(clock).toString())
                .setHeader(CloudEventHeaders.SUBJECT, event.subject())
                .setHeader(MessageHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeader(KafkaHeaders.KEY, event.subject().getBytes(StandardCharsets.UTF_8))
                .build();
    }

    /** The CloudEvents type of a message, or null if it has none. */
    public String typeOf(Message<?> message) {
        return header(message, CloudEventHeaders.TYPE);
    }

    /** Decodes a message whose {@code ce_type} must be the one of {@code recordType}. */
    public <T extends Event> ReceivedEvent<T> decode(Message<byte[]> message, Class<T> recordType) {
        String expected = EventCatalog.of(recordType).type();
        String type = header(message, CloudEventHeaders.TYPE);
        if (!expected.equals(type)) {
            throw new UndecodableEventException("expected ce_type " + expected + " but got " + type);
        }
        return decodeAs(message, recordType);
    }

    /** Decodes a message as whatever catalogued type its {@code ce_type} names. */
    public ReceivedEvent<? extends Event> decodeAny(Message<byte[]> message) {
        String type = header(message, CloudEventHeaders.TYPE);
        EventType eventType = EventCatalog.byType(type)
                .orElseThrow(() -> new UndecodableEventException("unknown ce_type " + type));
        return decodeAs(message, eventType.recordType());
    }

    private <T extends Event> ReceivedEvent<T> decodeAs(Message<byte[]> message, Class<T> recordType) {
        String id = require(message, CloudEventHeaders.ID);
        String type = require(message, CloudEventHeaders.TYPE);
        String eventSource = header(message, CloudEventHeaders.SOURCE);
        String subject = header(message, CloudEventHeaders.SUBJECT);
        Instant time = parseTime(header(message, CloudEventHeaders.TIME));
        byte[] payload = message.getPayload();
        if (payload == null || payload.length == 0) {
            throw new UndecodableEventException("event " + id + " has no data");
        }
        T data;
        try {
            data = json.readValue(payload, recordType);
        } catch (JacksonException e) {
            throw new UndecodableEventException("event " + id + " of type " + type + " is not valid JSON for "
                    + recordType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        if (data == null || data.subject() == null) {
            throw new UndecodableEventException("event " + id + " of type " + type + " has no subject id");
        }
        return new ReceivedEvent<>(id, type, eventSource, time, subject == null ? data.subject() : subject, data);
    }

    private static Instant parseTime(String time) {
        if (time == null) {
            return null;
        }
        try {
            return Instant.parse(time);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String require(Message<?> message, String name) {
        String value = header(message, name);
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException("missing CloudEvents attribute " + name);
        }
        return value;
    }

    /**
     * A header as text whether the binder delivered it as bytes or as a string. A {@code ce_x}
     * attribute is also found as {@code ce-x}: Spring Cloud Function renames the Kafka prefix to the
     * HTTP one on records that arrive without a {@code content-type} header.
     */
    public static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith(CE_KAFKA_PREFIX)) {
            value = message.getHeaders().get(CE_HTTP_PREFIX + name.substring(CE_KAFKA_PREFIX.length()));
        }
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value.toString();
    }

    /** The JSON mapper used for event data, for code that stores event data verbatim. */
    public JsonMapper json() {
        return json;
    }
}
