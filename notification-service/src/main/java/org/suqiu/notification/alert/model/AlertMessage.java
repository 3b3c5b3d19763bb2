package org.suqiu.notification.alert.model;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The one line a supervisor reads, in Chinese, with the due time in local time:
 * {@code 【超期】SQ20261122K7F3QX 签收时限已过（应于 11-22 10:32 前签收），承办单位：嘉兴市生态环境局桐乡分局}.
 */
public final class AlertMessage {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final String UNKNOWN_UNIT = "未知";

    private final ZoneId zone;

    public AlertMessage(ZoneId zone) {
        this.zone = zone;
    }

    /** The message for {@code signal}; {@code unitName} may be null when the directory does not know the unit yet. */
    public String compose(DeadlineSignal signal, String unitName) {
        Deadline deadline = signal.deadline();
        String state = signal.kind() == AlertKind.OVERDUE ? "已过" : "将至";
        return "【" + tag(signal) + "】" + signal.trackingNo() + " "
                + deadline.step() + "时限" + state
                + "（应于 " + DUE.format(signal.dueAt().atZone(zone)) + " 前" + deadline.step() + "），"
                + "承办单位：" + unitLabel(signal.unitId(), unitName);
    }

    private static String tag(DeadlineSignal signal) {
        if (signal.kind() == AlertKind.OVERDUE && signal.level() > 1) {
            return signal.kind().label() + "·" + signal.level() + "级";
        }
        return signal.kind().label();
    }

    private static String unitLabel(String unitId, String unitName) {
        if (unitName != null && !unitName.isBlank()) {
            return unitName;
        }
        return unitId == null || unitId.isBlank() ? UNKNOWN_UNIT : unitId;
    }
}
