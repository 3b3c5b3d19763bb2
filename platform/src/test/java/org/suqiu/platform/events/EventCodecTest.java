package org.suqiu.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.CaseAccepted;

class EventCodecTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:30:00Z");
    private final EventCodec codec = new EventCodec("/suqiu/test", Clock.fixed(NOW, ZoneOffset.UTC));

    private final GrievanceReceived received = new GrievanceReceived("g-1", "SQ20261122ABC123", Channel.WEB, "web-1",
            "乌镇镇工厂夜间排放废气", null, null, null, "环境保护", Urgency.NORMAL, null, null, 0, NOW);

    @Test
    void shouldWriteCloudEventsBinaryModeHeadersAndKeyByTheSubject() {
        Message<byte[]> message = codec.toMessage(received, "g-1:received");

        assertThat(message.getHeaders())
                .containsEntry("ce_specversion", "1.0")
                .containsEntry("ce_id", "g-1:received")
                .containsEntry("ce_source", "/suqiu/test")
                .containsEntry("ce_type", "suqiu.grievance.received.v1")
                .containsEntry("ce_time", "2026-11-22T02:30:00Z")
                .containsEntry("ce_subject", "g-1")
                .containsEntry("content-type", "application/json");
        assertThat(new String((byte[]) message.getHeaders().get(KafkaHeaders.KEY), StandardCharsets.UTF_8)).isEqualTo("g-1");
    }

    @Test
    void shouldDecodeWhatItEncodes() {
        ReceivedEvent<GrievanceReceived> event = codec.decode(codec.toMessage(received, "e-1"), GrievanceReceived.class);

        assertThat(event.id()).isEqualTo("e-1");
        assertThat(event.subject()).isEqualTo("g-1");
        assertThat(event.time()).isEqualTo(NOW);
        assertThat(event.data()).isEqualTo(received);
    }

    @Test
    void shouldFindAttributesRenamedToTheHttpPrefix() {
        Message<byte[]> message = MessageBuilder.withPayload(codec.json().writeValueAsBytes(received))
                .setHeader("ce-id", "e-2".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce-type", "suqiu.grievance.received.v1")
                .build();

        assertThat(codec.decode(message, GrievanceReceived.class).id()).isEqualTo("e-2");
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() {
        Message<byte[]> message = MessageBuilder.withPayload(
                        "{\"caseId\":\"C-g-1\",\"grievanceId\":\"g-1\",\"addedLater\":true}".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", "e-3").setHeader("ce_type", "suqiu.case.accepted.v1").build();

        assertThat(codec.decodeAny(message).data()).isInstanceOf(CaseAccepted.class);
    }

    @Test
    void shouldRefuseBadJsonMissingAttributesAndTheWrongType() {
        Message<byte[]> badJson = MessageBuilder.withPayload("{not json".getBytes(StandardCharsets.UTF_8))
                .setHeader("ce_id", "e-4").setHeader("ce_type", "suqiu.grievance.received.v1").build();
        Message<byte[]> noId = MessageBuilder.withPayload(codec.json().writeValueAsBytes(received))
                .setHeader("ce_type", "suqiu.grievance.received.v1").build();
        Message<byte[]> wrongType = codec.toMessage(received);

        assertThatThrownBy(() -> codec.decode(badJson, GrievanceReceived.class)).isInstanceOf(UndecodableEventException.class);
        assertThatThrownBy(() -> codec.decode(noId, GrievanceReceived.class)).isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("ce_id");
        assertThatThrownBy(() -> codec.decode(wrongType, CaseAccepted.class)).isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("expected ce_type suqiu.case.accepted.v1");
        assertThatThrownBy(() -> codec.decodeAny(MessageBuilder.withPayload(new byte[] {1}).setHeader("ce_type", "x.y.v1").build()))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("unknown ce_type");
    }
}
