package org.suqiu.notification.alert.model;

/** What an alert is about: a deadline drawing near (临期) or one that has passed (超期). */
public enum AlertKind {
    DEADLINE_APPROACHING(Severity.WARNING, "临期"),
    OVERDUE(Severity.CRITICAL, "超期");

    private final Severity severity;
    private final String label;

    AlertKind(Severity severity, String label) {
        this.severity = severity;
        this.label = label;
    }

    public Severity severity() {
        return severity;
    }

    /** The Chinese word supervisors read in the message's bracket. */
    public String label() {
        return label;
    }
}
