package org.suqiu.intake.submission.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.RelayPolicy;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;

import reactor.core.publisher.Mono;

class RelayingSubmissionsTest {

    private static final Instant T0 = Instant.parse("2026-11-22T02:30:00Z");
    private static final RelayPolicy POLICY = new RelayPolicy(Duration.ofSeconds(60), Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final FakeBroker broker = new FakeBroker();
    private final MovableClock clock = new MovableClock(T0);

    @Test
    void shouldPublishEveryPendingSubmissionOnceAndMarkItSent() {
        store("g-1", "g-2", "g-3");

        RelayingSubmissions.Batch batch = relaying(2).relayDue().block();

        assertThat(batch.sent()).isEqualTo(3);
        assertThat(broker.published).containsExactlyInAnyOrder("g-1:received", "g-2:received", "g-3:received");
        assertThat(submissions.all()).allMatch(s -> s.sent);
        assertThat(relaying(2).relayDue().block().sent()).as("nothing left").isZero();
        assertThat(broker.published).hasSize(3);
    }

    @Test
    void shouldKeepASubmissionPendingWithBackoffWhileTheBrokerIsDownAndSendItLater() {
        store("g-1");
        broker.down = true;

        RelayingSubmissions.Batch failed = relaying(10).relayDue().block();

        InMemorySubmissions.Stored stored = submissions.get("g-1");
        assertThat(failed.failed()).isEqualTo(1);
        assertThat(stored.sent).isFalse();
        assertThat(stored.attempts).isEqualTo(1);
        assertThat(stored.nextAttemptAt).isEqualTo(T0.plusSeconds(1));
        assertThat(stored.leaseUntil).as("released, not left leased").isNull();

        broker.down = false;
        assertThat(relaying(10).relayDue().block().sent()).as("not due before its backoff").isZero();

        clock.advance(Duration.ofSeconds(1));
        assertThat(relaying(10).relayDue().block().sent()).isEqualTo(1);
        assertThat(submissions.get("g-1").sent).isTrue();
        assertThat(submissions.get("g-1").attempts).isEqualTo(2);
    }

    @Test
    void shouldWaitLongerAfterEachFailedAttempt() {
        store("g-1");
        broker.down = true;

        relaying(10).relayDue().block();
        clock.advance(Duration.ofSeconds(1));
        relaying(10).relayDue().block();

        assertThat(submissions.get("g-1").attempts).isEqualTo(2);
        assertThat(submissions.get("g-1").nextAttemptAt).isEqualTo(T0.plusSeconds(1 + 2));
    }

    @Test
    void shouldNotSendASubmissionAnotherInstanceHasLeased() {
        store("g-1");
        submissions.claimNextDue(T0, T0.plusSeconds(60), "other-instance").block();

        assertThat(relaying(10).relayDue().block().sent()).isZero();
        assertThat(broker.published).isEmpty();

        clock.advance(Duration.ofSeconds(61));
        assertThat(relaying(10).relayDue().block().sent()).as("after the lease ran out").isEqualTo(1);
    }

    @Test
    void shouldStopClaimingAfterAFailureSoADownBrokerIsNotHammered() {
        store("g-1", "g-2", "g-3", "g-4");
        broker.down = true;

        RelayingSubmissions.Batch batch = relaying(4, 1).relayBatch().block();

        assertThat(batch.sent()).isZero();
        assertThat(broker.attempts).as("the first failure stops the batch").hasSize(1);
        assertThat(submissions.all()).allMatch(s -> !s.sent && s.leaseUntil == null);
    }

    private RelayingSubmissions relaying(int batchSize) {
        return relaying(batchSize, 4);
    }

    private RelayingSubmissions relaying(int batchSize, int concurrency) {
        return new RelayingSubmissions(submissions, broker, POLICY, clock, batchSize, concurrency);
    }

    private void store(String... grievanceIds) {
        int i = 0;
        for (String id : grievanceIds) {
            i++;
            submissions.add(new Submission(id, new TrackingNumber("SQ20261122AAAAA" + i),
                    new GrievanceInput(Channel.WEB, "w-" + id, "路灯坏了", null, null, null, null), T0)).block();
        }
    }

    /** Takes events unless it is down. */
    private static final class FakeBroker implements ReceivedEvents {
        final List<String> published = new CopyOnWriteArrayList<>();
        final List<String> attempts = new CopyOnWriteArrayList<>();
        volatile boolean down;

        @Override
        public Mono<Void> publish(Submission submission) {
            return Mono.defer(() -> {
                attempts.add(submission.receivedEventId());
                if (down) {
                    return Mono.error(new IllegalStateException("broker down"));
                }
                published.add(submission.receivedEventId());
                return Mono.empty();
            });
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
