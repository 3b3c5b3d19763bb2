package org.suqiu.intake.submission.application;

import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.TrackingStatus;

/** 回执: what a channel is told about a stored submission — its ids and where it stands now. */
public record SubmissionReceipt(String grievanceId, TrackingNumber trackingNo, TrackingStatus status) {
}
