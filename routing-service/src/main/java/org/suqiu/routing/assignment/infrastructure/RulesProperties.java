package org.suqiu.routing.assignment.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The rule table ({@code suqiu.routing.rules}): {@code location} of a CSV with the columns
 * {@code category,countyCode,unitId,ruleId}, checked at start-up.
 */
@ConfigurationProperties("suqiu.routing.rules")
public record RulesProperties(Resource location) {
}
