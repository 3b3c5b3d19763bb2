package org.suqiu.routing.assignment.model;

import java.time.Instant;

/**
 * 并单: one matter many citizens raised: its first grievance, where, how many grievances were merged
 * into it (the first included) and when the first and the latest came in; a surge shows as a high count.
 */
public record Matter(String rootGrievanceId, String rootTrackingNo, String jurisdictionCode, int count, Instant firstAt,
                     Instant lastAt) {
}
