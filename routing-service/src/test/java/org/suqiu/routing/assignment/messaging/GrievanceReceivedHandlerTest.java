package org.suqiu.routing.assignment.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.routing.assignment.model.GrievanceToRoute;

class GrievanceReceivedHandlerTest {

    private static final EventSeal SEAL = new EventSeal(FieldCipher.fromBase64(
            Map.of("ev1", "Zb0V6Q3m3aM2g0c8Yx2o6l0H6mZb1c9Wm5r0n6XcI1s="), "ev1", null));

    private static ReceivedEvent<GrievanceReceived> event(String sealedAddress) {
        GrievanceReceived g = new GrievanceReceived("g-1", "SQ-1", Channel.HOTLINE, "ext-1", "路灯不亮", null, sealedAddress,
                "citizen-hash", null, Urgency.URGENT, "330400", null, 0, Instant.parse("2026-11-20T08:00:00Z"));
        return new ReceivedEvent<>("e-1", GrievanceReceived.TYPE, "/suqiu/intake-service", Instant.parse("2026-11-20T08:00:00Z"),
                "g-1", g);
    }

    @Test
    void shouldOpenTheSealedAddressAndKeepUrgencyHomeAndCitizenKey() {
        GrievanceToRoute g = GrievanceReceivedHandler.toRoute(event(SEAL.seal("桐乡市乌镇镇人民路1号", GrievanceReceived.ADDRESS_CONTEXT)), SEAL);

        assertThat(g.address()).isEqualTo("桐乡市乌镇镇人民路1号");
        assertThat(g.urgency()).isEqualTo("URGENT");
        assertThat(g.homeJurisdiction()).isEqualTo("330400");
        assertThat(g.citizenKey()).isEqualTo("citizen-hash");
    }

    @Test
    void shouldTreatAnAddressSealedForAnotherContextAsAPoisonEvent() {
        String elsewhere = SEAL.seal("桐乡市乌镇镇人民路1号", "something.else");

        assertThatThrownBy(() -> GrievanceReceivedHandler.toRoute(event(elsewhere), SEAL))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageNotContaining("人民路");
    }

    @Test
    void shouldKeepAMissingAddressMissing() {
        assertThat(GrievanceReceivedHandler.toRoute(event(null), SEAL).address()).isNull();
    }
}
