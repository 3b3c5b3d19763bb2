package org.suqiu.intake.mailbox.model;

/** A mail that cannot be taken in (隔离): it goes to the quarantine folder with this reason. */
public class MalformedMail extends RuntimeException {

    private final String reason;

    public MalformedMail(String reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    /** A short machine-readable reason, e.g. {@code no-sender}, {@code unreadable-body}. */
    public String reason() {
        return reason;
    }
}
