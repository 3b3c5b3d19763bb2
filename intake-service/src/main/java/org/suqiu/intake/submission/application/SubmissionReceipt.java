package org.suqiu.intake.submission.application;

import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.TrackingStatus;

/**
 * 回执: what a channel is told about a stored submission — its ids, where it stands now and, in the
 * first answer only, the receipt code (查询码) the citizen needs to follow it (null on a replay).
 */
public record SubmissionReceipt(String grievanceId, TrackingNumber trackingNo, TrackingStatus status, String receiptCode) {

    /** A receipt without the code: a repeat of an earlier submission, whose code was handed out then. */
    public SubmissionReceipt(String grievanceId, TrackingNumber trackingNo, TrackingStatus status) {
        this(grievanceId, trackingNo, status, null);
    }

    @Override
    public String toString() {
        return "SubmissionReceipt[" + grievanceId + ", " + trackingNo + ", " + status + "]";
    }
}
