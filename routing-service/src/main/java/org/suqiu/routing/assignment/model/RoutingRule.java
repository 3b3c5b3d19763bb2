package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 派单规则: grievances of {@code category} (a taxonomy path at any depth, {@code 环境保护} or
 * {@code 城乡建设/市政设施}) in {@code jurisdictionCode} (any level, its whole subtree), of
 * {@code urgency} ({@code URGENT}/{@code NORMAL}, null for any), go to {@code unitId}
 * (谁主管、谁负责 within 属地管理), from {@code validFrom} (inclusive) until {@code validUntil}
 * (exclusive), either open. Among rules equally specific, the higher {@code priority} wins.
 */
public record RoutingRule(String ruleId, String category, String jurisdictionCode, String urgency, String unitId,
                          int priority, Instant validFrom, Instant validUntil) {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/>／›]\\s*");

    public RoutingRule {
        category = category == null ? null : String.join("/", categoryPath(category));
        urgency = urgency == null || urgency.isBlank() ? null : urgency.trim();
    }

    /** A rule for any urgency, priority 0, always in force. */
    public RoutingRule(String ruleId, String category, String jurisdictionCode, String unitId) {
        this(ruleId, category, jurisdictionCode, null, unitId, 0, null, null);
    }

    /** The category as a path, first level first. */
    public List<String> categoryPath() {
        return categoryPath(category);
    }

    private static List<String> categoryPath(String written) {
        return written == null || written.isBlank() ? List.of() : List.of(SEPARATOR.split(written.trim()));
    }

    /** Whether the rule covers a grievance of this category path (its path is a prefix of it). */
    public boolean coversCategory(List<String> path) {
        List<String> mine = categoryPath();
        return !mine.isEmpty() && path.size() >= mine.size() && path.subList(0, mine.size()).equals(mine);
    }

    public boolean coversUrgency(String grievanceUrgency) {
        return urgency == null || urgency.equals(grievanceUrgency == null ? "NORMAL" : grievanceUrgency);
    }

    public boolean inForceAt(Instant at) {
        return at == null || (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }

    /** Whether the two rules are ever in force at the same time. */
    public boolean overlapsInTime(RoutingRule other) {
        boolean endsBefore = validUntil != null && other.validFrom != null && !validUntil.isAfter(other.validFrom);
        boolean startsAfter = validFrom != null && other.validUntil != null && !other.validUntil.isAfter(validFrom);
        return !endsBefore && !startsAfter;
    }
}
