package org.suqiu.notification.alert.model;

/** How loudly an alert speaks: a warning before a deadline, critical once it has passed. */
public enum Severity {
    WARNING,
    CRITICAL
}
