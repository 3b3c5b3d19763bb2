package org.suqiu.notification.alert.model;

/** The names the alert inbox uses in the audit trail (留痕). */
public final class AlertAudit {

    public static final String RESOURCE = "alert";
    public static final String RAISED = "alert.raised";
    public static final String ACKNOWLEDGED = "alert.acknowledged";

    private AlertAudit() {
    }

    /** The id of the one acknowledgement entry an alert can have. */
    public static String acknowledgementEntryId(String alertId) {
        return alertId + ":acknowledged";
    }
}
