package org.suqiu.intake.tracking.model;

/**
 * Where a grievance stands as the citizen sees it (办理进度), in the order it can only move forward:
 * 已受理 → 分拨中 → 已派单 → 已签收 → 办理中 → 已办结 → 已结案. Only a reopening (重办) after
 * 已办结 goes back, to 办理中.
 */
public enum TrackingStatus {
    RECEIVED("已受理"),
    IN_TRIAGE("分拨中"),
    ASSIGNED("已派单"),
    ACCEPTED("已签收"),
    IN_PROGRESS("办理中"),
    RESOLVED("已办结"),
    CLOSED("已结案");

    private final String label;

    TrackingStatus(String label) {
        this.label = label;
    }

    /** The Chinese label shown to the citizen. */
    public String label() {
        return label;
    }

    public int rank() {
        return ordinal();
    }

    /** Rule {@code statusOnlyMovesForward}: a status of a lower or equal rank is old news. */
    public boolean isAfter(TrackingStatus other) {
        return rank() > other.rank();
    }
}
