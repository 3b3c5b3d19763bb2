package org.suqiu.routing.assignment.model;

import java.time.Instant;

import org.suqiu.routing.classification.model.SparseVector;

/**
 * 文本指纹: what routing keeps of a grievance to find repeats and duplicates later: who (the
 * citizen's keyed hash), where (jurisdiction), when, and the text's TF-IDF vector, never the text.
 * {@code rootGrievanceId} (and its tracking number) is the first grievance of the matter it was
 * merged into (itself if none).
 */
public record TextFingerprint(String grievanceId, String trackingNo, String citizenKey, String jurisdictionCode,
                              Instant receivedAt, SparseVector vector, String rootGrievanceId, String rootTrackingNo) {
}
