package org.suqiu.routing.assignment.infrastructure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.routing.linking}: 重复件 (the same citizen, a similar text, within {@code repeat-window})
 * and 并单 (near-identical texts of different citizens in one jurisdiction within {@code merge-window});
 * similarities are cosines of the texts' TF-IDF vectors.
 */
@ConfigurationProperties("suqiu.routing.linking")
public record LinkingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30d") Duration repeatWindow,
        @DefaultValue("0.5") double repeatSimilarity,
        @DefaultValue("6h") Duration mergeWindow,
        @DefaultValue("0.85") double mergeSimilarity) {
}
