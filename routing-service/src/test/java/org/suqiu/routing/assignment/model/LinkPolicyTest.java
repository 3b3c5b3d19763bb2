package org.suqiu.routing.assignment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.routing.DemoData;

class LinkPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private static final String GARBAGE = "小区门口的垃圾桶好几天没人清运，臭气熏天，苍蝇乱飞";
    private final LinkPolicy policy = new LinkPolicy(Duration.ofDays(30), 0.5, Duration.ofHours(6), 0.85);

    private static TextFingerprint fp(String id, String citizen, String jurisdiction, Instant at, String text) {
        return new TextFingerprint(id, "SQ-" + id, citizen, jurisdiction, at, DemoData.classifier().vector(text), id, "SQ-" + id);
    }

    @Test
    void shouldLinkTheSameCitizensSimilarTextWithinThirtyDaysAsARepeat() {
        TextFingerprint earlier = fp("a", "citizen-1", "330483100", NOW.minus(Duration.ofDays(20)), GARBAGE);
        TextFingerprint fresh = fp("b", "citizen-1", "330483100", NOW, "又来反映：小区门口垃圾桶好几天没有清运，臭气熏天");

        assertThat(policy.link(fresh, List.of(earlier))).hasValueSatisfying(link -> {
            assertThat(link.kind()).isEqualTo(LinkPolicy.REPEAT);
            assertThat(link.linkedGrievanceId()).isEqualTo("a");
            assertThat(link.similarity()).isGreaterThanOrEqualTo(0.5);
        });
    }

    @Test
    void shouldNotLinkTheSameCitizensDifferentMatterOrOneOlderThanThirtyDays() {
        TextFingerprint other = fp("a", "citizen-1", "330483100", NOW.minus(Duration.ofDays(2)), "孩子学校食堂饭菜质量太差，收费却很高");
        TextFingerprint old = fp("c", "citizen-1", "330483100", NOW.minus(Duration.ofDays(31)), GARBAGE);

        assertThat(policy.link(fp("b", "citizen-1", "330483100", NOW, GARBAGE), List.of(other, old))).isEmpty();
    }

    @Test
    void shouldMergeNearIdenticalTextsOfDifferentCitizensInOneJurisdictionWithinHoursIntoTheFirstOfTheMatter() {
        TextFingerprint first = fp("a", "citizen-1", "330483100", NOW.minus(Duration.ofHours(2)), GARBAGE);
        TextFingerprint second = new TextFingerprint("b", "SQ-b", "citizen-2", "330483100", NOW.minus(Duration.ofHours(1)),
                DemoData.classifier().vector(GARBAGE), "a", "SQ-a");

        assertThat(policy.link(fp("c", "citizen-3", "330483100", NOW, GARBAGE), List.of(first, second)))
                .hasValueSatisfying(link -> {
                    assertThat(link.kind()).isEqualTo(LinkPolicy.MERGED);
                    assertThat(link.linkedGrievanceId()).isEqualTo("a");
                    assertThat(link.linkedTrackingNo()).isEqualTo("SQ-a");
                });
    }

    @Test
    void shouldNotMergeAcrossJurisdictionsOrAfterTheWindow() {
        TextFingerprint elsewhere = fp("a", "citizen-1", "330421001", NOW.minus(Duration.ofHours(1)), GARBAGE);
        TextFingerprint yesterday = fp("b", "citizen-2", "330483100", NOW.minus(Duration.ofHours(7)), GARBAGE);

        assertThat(policy.link(fp("c", "citizen-3", "330483100", NOW, GARBAGE), List.of(elsewhere, yesterday))).isEmpty();
    }

    @Test
    void shouldNeverLinkAGrievanceToItself() {
        TextFingerprint me = fp("a", "citizen-1", "330483100", NOW, GARBAGE);

        assertThat(policy.link(me, List.of(me))).isEmpty();
    }
}
