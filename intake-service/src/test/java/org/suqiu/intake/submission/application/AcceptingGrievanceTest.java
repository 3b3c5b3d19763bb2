package org.suqiu.intake.submission.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.submission.model.TrackingNumbers;
import org.suqiu.intake.tracking.model.TrackingStatus;

import reactor.test.StepVerifier;

class AcceptingGrievanceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:30:00.123456Z");

    private final InMemorySubmissions submissions = new InMemorySubmissions();
    private final AtomicInteger nudges = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final ScriptedRandom random = new ScriptedRandom();
    private final AcceptingGrievance accepting = new AcceptingGrievance(submissions, new TrackingNumbers(random),
            nudges::incrementAndGet, Clock.fixed(NOW, ZoneOffset.UTC), () -> "g-" + ids.incrementAndGet());

    @Test
    void shouldStoreANewSubmissionAsPendingAndNudgeTheRelay() {
        StepVerifier.create(accepting.accept(noise("call-1")))
                .assertNext(acceptance -> {
                    assertThat(acceptance.replayed()).isFalse();
                    assertThat(acceptance.receipt().grievanceId()).isEqualTo("g-1");
                    assertThat(acceptance.receipt().trackingNo().value()).startsWith("SQ20261122");
                    assertThat(acceptance.receipt().status()).isEqualTo(TrackingStatus.RECEIVED);
                })
                .verifyComplete();

        assertThat(submissions.all()).hasSize(1);
        assertThat(submissions.get("g-1").sent).isFalse();
        assertThat(submissions.get("g-1").submission.receivedAt()).as("cut to what the store keeps")
                .isEqualTo(Instant.parse("2026-11-22T02:30:00.123Z"));
        assertThat(nudges).hasValue(1);
    }

    @Test
    void shouldAnswerARepeatOfTheSameKeyWithTheFirstTrackingNumberAndStoreNothing() {
        Acceptance first = accepting.accept(noise("call-1")).block();
        Acceptance again = accepting.accept(noise("call-1")).block();

        assertThat(again.replayed()).isTrue();
        assertThat(again.receipt()).isEqualTo(new SubmissionReceipt(first.receipt().grievanceId(),
                first.receipt().trackingNo(), first.receipt().status()));
        assertThat(first.receipt().receiptCode()).as("the code goes out with the first answer only").hasSize(6);
        assertThat(submissions.all()).hasSize(1);
        assertThat(nudges).as("nothing new to publish").hasValue(1);
    }

    @Test
    void shouldAnswerTheWinnersReceiptWhenItLosesARaceForTheSameKey() {
        Submission winner = new Submission("g-winner", new TrackingNumber("SQ20261122WINNER"), noise("call-1"), NOW);
        submissions.racingWinner = winner;

        Acceptance loser = accepting.accept(noise("call-1")).block();

        assertThat(loser.replayed()).isTrue();
        assertThat(loser.receipt().grievanceId()).isEqualTo("g-winner");
        assertThat(loser.receipt().trackingNo()).isEqualTo(winner.trackingNo());
        assertThat(submissions.all()).hasSize(1);
        assertThat(nudges).hasValue(0);
    }

    @Test
    void shouldIssueAnotherTrackingNumberWhenTheFirstIsAlreadyTaken() {
        random.script("AAAAAA", "AAAAAA", "BBBBBB");
        accepting.accept(noise("call-1")).block();

        Acceptance second = accepting.accept(noise("call-2")).block();

        assertThat(second.replayed()).isFalse();
        assertThat(second.receipt().trackingNo().value()).isEqualTo("SQ20261122BBBBBB");
        assertThat(second.receipt().grievanceId()).isEqualTo("g-2");
        assertThat(submissions.all()).extracting(s -> s.submission.trackingNo().value())
                .containsExactly("SQ20261122AAAAAA", "SQ20261122BBBBBB");
    }

    private static GrievanceInput noise(String callId) {
        return new GrievanceInput(Channel.HOTLINE, callId, "隆源路KTV每天营业到凌晨两点，噪声扰民。", null, null, null, null);
    }

    /** Draws the characters of the scripted numbers in turn, then random ones. */
    private static final class ScriptedRandom implements RandomGenerator {
        private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        private final Deque<Integer> next = new ArrayDeque<>();
        private final RandomGenerator fallback = RandomGenerator.getDefault();

        void script(String... randomParts) {
            for (String part : List.of(randomParts)) {
                part.chars().forEach(c -> next.add(ALPHABET.indexOf(c)));
            }
        }

        @Override
        public long nextLong() {
            return fallback.nextLong();
        }

        @Override
        public int nextInt(int bound) {
            return next.isEmpty() ? fallback.nextInt(bound) : next.poll();
        }
    }
}
