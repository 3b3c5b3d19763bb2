package org.suqiu.mediation.clock.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.Span;

/** The deadline profiles as shipped in clock/deadline-profiles.json: most specific rule wins. */
class ClockDataTest {

    private static DeadlineProfile profile(String name) {
        return ClockData.profile(ClockDataTest.class.getResourceAsStream("/clock/deadline-profiles.json"), name);
    }

    @Test
    void shouldGiveTheStatutoryXinfangLimits() {
        DeadlineProfile statutory = profile("xinfang-statutory");
        assertThat(statutory.spanOf(DeadlineKind.ACCEPT, "environment", Urgency.NORMAL)).contains(Span.parse("15d"));
        assertThat(statutory.spanOf(DeadlineKind.RESOLVE, "environment", Urgency.NORMAL)).contains(Span.parse("60d"));
        assertThat(statutory.spanOf(DeadlineKind.RESOLVE, "REVIEW", Urgency.NORMAL)).contains(Span.parse("30d"));
        assertThat(statutory.spanOf(DeadlineKind.RESOLVE, "RE_REVIEW", Urgency.URGENT)).contains(Span.parse("30d"));
        assertThat(statutory.spanOf(DeadlineKind.FIRST_CONTACT, "environment", Urgency.NORMAL)).isEmpty();
        assertThat(statutory.maxExtension()).isEqualTo(Span.parse("30d"));
        assertThat(statutory.maxExtensions()).isEqualTo(1);
        assertThat(statutory.returnWithin()).isEqualTo(Span.parse("5wd"));
    }

    @Test
    void shouldGiveTheHotlineLimitsByUrgencyAndCategory() {
        DeadlineProfile hotline = profile("hotline-12345");
        assertThat(hotline.spanOf(DeadlineKind.ACCEPT, "roads", Urgency.NORMAL)).contains(Span.parse("2h"));
        assertThat(hotline.spanOf(DeadlineKind.ACCEPT, "roads", Urgency.URGENT)).contains(Span.parse("30m"));
        assertThat(hotline.spanOf(DeadlineKind.FIRST_CONTACT, "roads", Urgency.NORMAL)).contains(Span.parse("24h"));
        assertThat(hotline.spanOf(DeadlineKind.RESOLVE, "roads", Urgency.NORMAL)).contains(Span.parse("5wd"));
        assertThat(hotline.spanOf(DeadlineKind.RESOLVE, "consultation", Urgency.NORMAL)).contains(Span.parse("1wd"));
        assertThat(hotline.spanOf(DeadlineKind.MEDIATION, "roads", Urgency.NORMAL)).contains(Span.parse("30d"));
        assertThat(hotline.overdueSteps()).containsExactly(Duration.ofHours(24), Duration.ofHours(72));
    }

    @Test
    void shouldRefuseAnUnknownProfile() {
        assertThatThrownBy(() -> profile("nope")).isInstanceOf(IllegalArgumentException.class);
    }
}
