package org.suqiu.mediation.cases.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.suqiu.mediation.cases.model.DeadlinePolicy;
import org.suqiu.mediation.cases.model.FixedDurationDeadlinePolicy;

/**
 * 时限 policy for new cases ({@code suqiu.mediation.policy}). Defaults: 签收 within PT24H, the
 * 12345 hotlines' usual "acknowledge within 24 hours unless urgent"; 办结 within P15D, the common
 * 15-day limit of hotline work orders (信访条例 art. 23 also allows 15 days), counted on the calendar
 * until the working-day calendar arrives, so stricter rather than looser; warn PT4H before each
 * deadline, half a working day to act.
 */
@ConfigurationProperties("suqiu.mediation.policy")
public record MediationPolicyProperties(
        @DefaultValue("PT24H") Duration acceptWithin,
        @DefaultValue("P15D") Duration resolveWithin,
        @DefaultValue("PT4H") Duration warnBefore) {

    public DeadlinePolicy toPolicy() {
        return new FixedDurationDeadlinePolicy(acceptWithin, resolveWithin, warnBefore);
    }
}
