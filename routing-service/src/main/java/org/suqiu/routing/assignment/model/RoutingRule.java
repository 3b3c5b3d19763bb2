package org.suqiu.routing.assignment.model;

/**
 * 派单规则: grievances of {@code category} in {@code jurisdictionCode} go to {@code unitId}
 * (谁主管、谁负责 within 属地管理).
 */
public record RoutingRule(String ruleId, String category, String jurisdictionCode, String unitId) {
}
