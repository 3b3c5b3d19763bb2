package org.suqiu.mediation.cases.model;

import java.util.Objects;

import org.suqiu.contracts.intake.Channel;

/** The grievance (诉求) a case handles, as routing passed it on. The text is the citizen's: never log it. */
public record Grievance(String grievanceId, String trackingNo, Channel channel, String text) {

    public Grievance {
        Objects.requireNonNull(grievanceId, "grievanceId");
        Objects.requireNonNull(trackingNo, "trackingNo");
    }

    @Override
    public String toString() {
        return "Grievance[" + grievanceId + ", " + trackingNo + "]";
    }
}
