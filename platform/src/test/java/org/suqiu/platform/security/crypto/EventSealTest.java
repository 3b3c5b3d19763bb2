package org.suqiu.platform.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Personal data in events: sealed for the services holding the event key, bound to its field. */
class EventSealTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    private final EventSeal seal = new EventSeal(FieldCipher.fromBase64(Map.of("ev1", K1), "ev1", null));

    @Test
    void shouldOpenWhatItSealedWithoutShowingThePlaintext() {
        String sealed = seal.seal("桐乡市乌镇镇北栅街12号", "grievance.address");

        assertThat(sealed).startsWith("v1:ev1:").doesNotContain("北栅街");
        assertThat(seal.open(sealed, "grievance.address")).isEqualTo("桐乡市乌镇镇北栅街12号");
    }

    @Test
    void shouldRefuseAnEnvelopeMovedToAnotherField() {
        String sealed = seal.seal("桐乡市乌镇镇北栅街12号", "grievance.address");

        assertThatThrownBy(() -> seal.open(sealed, "grievance.text")).isInstanceOf(FieldCipherException.class);
    }

    @Test
    void shouldRefuseAServiceWithoutTheEventKey() {
        EventSeal other = new EventSeal(FieldCipher.fromBase64(Map.of("ev2", K2), "ev2", null));

        assertThatThrownBy(() -> other.open(seal.seal("x", "grievance.address"), "grievance.address"))
                .isInstanceOf(FieldCipherException.class);
    }

    @Test
    void shouldStillOpenOldEnvelopesAfterTheEventKeyRotates() {
        String underOldKey = seal.seal("濮院镇", "grievance.address");
        EventSeal rotated = new EventSeal(FieldCipher.fromBase64(Map.of("ev1", K1, "ev2", K2), "ev2", null));

        assertThat(rotated.open(underOldKey, "grievance.address")).isEqualTo("濮院镇");
        assertThat(rotated.seal("濮院镇", "grievance.address")).startsWith("v1:ev2:");
    }

    @Test
    void shouldKeepNullAsNull() {
        assertThat(seal.seal(null, "grievance.address")).isNull();
        assertThat(seal.open(null, "grievance.address")).isNull();
    }
}
