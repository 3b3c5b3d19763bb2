package org.suqiu.intake.submission.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.suqiu.contracts.intake.Channel;

class IdempotencyKeyTest {

    @Test
    void shouldJoinChannelAndExternalId() {
        assertThat(new IdempotencyKey(Channel.WECHAT, "wx-msg-7f3a9c21").value()).isEqualTo("WECHAT:wx-msg-7f3a9c21");
    }

    @Test
    void shouldTellTheSameExternalIdOnAnotherChannelApart() {
        assertThat(new IdempotencyKey(Channel.WEB, "42")).isNotEqualTo(new IdempotencyKey(Channel.HOTLINE, "42"));
        assertThat(new IdempotencyKey(Channel.WEB, "42").value()).isNotEqualTo(new IdempotencyKey(Channel.HOTLINE, "42").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call-2026-11-22.0001", "abc@mail.example.org", "a:b_c.d-e@f", "7"})
    void shouldAcceptMachineIds(String externalId) {
        assertThat(IdempotencyKey.isValidExternalId(externalId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "a/b", "<abc@mail>", "中文", "a\nb"})
    void shouldRejectIdsThatAreNotPlainMachineIds(String externalId) {
        assertThat(IdempotencyKey.isValidExternalId(externalId)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey(Channel.WEB, externalId));
    }

    @Test
    void shouldAllowAtMost128Characters() {
        assertThat(IdempotencyKey.isValidExternalId("x".repeat(128))).isTrue();
        assertThat(IdempotencyKey.isValidExternalId("x".repeat(129))).isFalse();
    }

    @Test
    void shouldRequireAChannel() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey(null, "42"));
    }
}
