package org.suqiu.intake.submission.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RelayPolicyTest {

    private final RelayPolicy policy = new RelayPolicy(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(60));

    @Test
    void shouldDoubleTheWaitAfterEachFailedAttempt() {
        assertThat(policy.backoffAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.backoffAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.backoffAfter(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(policy.backoffAfter(6)).isEqualTo(Duration.ofSeconds(32));
    }

    @Test
    void shouldNeverWaitLongerThanTheMaximumSoASubmissionAlwaysGoesEventually() {
        assertThat(policy.backoffAfter(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.backoffAfter(10_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void shouldScheduleTheNextAttemptAndTheLeaseFromNow() {
        Instant now = Instant.parse("2026-11-22T02:30:00Z");

        assertThat(policy.nextAttemptAfterFailure(2, now)).isEqualTo(now.plusSeconds(2));
        assertThat(policy.leaseUntil(now)).isEqualTo(now.plusSeconds(60));
    }
}
