package org.suqiu.mediation.reports.model;

/**
 * The three rates of one unit or jurisdiction over a period: 响应率 (accepted within the 签收 limit,
 * among the cases assigned), 解决率 (resolved, among the cases assigned), 满意率 (satisfied or
 * basically satisfied at the last 回访, among the rated). A rate is null when nothing counts towards it.
 */
public record UnitRates(String key, String name, int assigned, int acceptedInTime, int resolved, int rated,
        int satisfied, int overdue, Double responseRate, Double resolutionRate, Double satisfactionRate) {
}
