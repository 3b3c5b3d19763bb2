package org.suqiu.notification.recipient.infrastructure;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code suqiu.notification.supervisors}: the supervising offices (督查室) and the division each
 * watches, e.g. {@code {id: sup-330483, name: 桐乡市督查室, jurisdiction-code: "330483"}}.
 */
@ConfigurationProperties("suqiu.notification")
public record SupervisorsProperties(List<Entry> supervisors) {

    public SupervisorsProperties {
        supervisors = supervisors == null ? List.of() : List.copyOf(supervisors);
    }

    /** One configured office. */
    public record Entry(String id, String name, String jurisdictionCode) {
    }
}
