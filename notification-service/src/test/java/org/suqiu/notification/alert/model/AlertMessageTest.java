package org.suqiu.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.notification.alert.model.DeadlineSignals.ACCEPT_DUE;
import static org.suqiu.notification.alert.model.DeadlineSignals.RESOLVE_DUE;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class AlertMessageTest {

    private static final String UNIT = "嘉兴市生态环境局桐乡分局";

    private final AlertMessage messages = new AlertMessage(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldSayTheAcceptDeadlineHasPassedInLocalTime() {
        assertThat(messages.compose(DeadlineSignals.overdue(Deadline.ACCEPT, ACCEPT_DUE, 1), UNIT))
                .isEqualTo("【超期】SQ20261122K7F3QX 签收时限已过（应于 11-22 10:32 前签收），承办单位：嘉兴市生态环境局桐乡分局");
    }

    @Test
    void shouldSayTheResolveDeadlineHasPassed() {
        assertThat(messages.compose(DeadlineSignals.overdue(Deadline.RESOLVE, RESOLVE_DUE, 1), UNIT))
                .isEqualTo("【超期】SQ20261122K7F3QX 办结时限已过（应于 12-07 10:30 前办结），承办单位：嘉兴市生态环境局桐乡分局");
    }

    @Test
    void shouldSayTheAcceptDeadlineIsNear() {
        assertThat(messages.compose(DeadlineSignals.approaching(Deadline.ACCEPT, ACCEPT_DUE), UNIT))
                .isEqualTo("【临期】SQ20261122K7F3QX 签收时限将至（应于 11-22 10:32 前签收），承办单位：嘉兴市生态环境局桐乡分局");
    }

    @Test
    void shouldSayTheResolveDeadlineIsNear() {
        assertThat(messages.compose(DeadlineSignals.approaching(Deadline.RESOLVE, RESOLVE_DUE), UNIT))
                .isEqualTo("【临期】SQ20261122K7F3QX 办结时限将至（应于 12-07 10:30 前办结），承办单位：嘉兴市生态环境局桐乡分局");
    }

    @Test
    void shouldNameTheOverdueLevelFromTheSecondStepUp() {
        assertThat(messages.compose(DeadlineSignals.overdue(Deadline.RESOLVE, RESOLVE_DUE, 2), UNIT))
                .startsWith("【超期·2级】SQ20261122K7F3QX 办结时限已过");
    }

    @Test
    void shouldNameTheUnitByItsIdWhileTheDirectoryDoesNotKnowIt() {
        assertThat(messages.compose(DeadlineSignals.acceptOverdue(), null)).endsWith("承办单位：330483-env");
    }

    @Test
    void shouldShowTheDueTimeInTheConfiguredZone() {
        AlertMessage utc = new AlertMessage(ZoneId.of("UTC"));

        assertThat(utc.compose(DeadlineSignals.acceptOverdue(), UNIT)).contains("（应于 11-22 02:32 前签收）");
    }
}
