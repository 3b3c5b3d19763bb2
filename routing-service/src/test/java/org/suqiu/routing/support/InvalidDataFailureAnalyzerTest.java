package org.suqiu.routing.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.suqiu.routing.assignment.model.InvalidRuleTableException;

class InvalidDataFailureAnalyzerTest {

    private final InvalidDataFailureAnalyzer analyzer = new InvalidDataFailureAnalyzer();

    @Test
    void shouldExplainARefusedRuleTableAndNameThePropertyToFix() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("bean creation failed",
                new InvalidRuleTableException("rules.csv", List.of("rule r1: unit 'x' is not in the directory"))));

        assertThat(analysis.getDescription()).contains("rules.csv is invalid", "rule r1: unit 'x' is not in the directory");
        assertThat(analysis.getAction()).contains("suqiu.routing.rules.location");
    }

    @Test
    void shouldLeaveOtherFailuresToOtherAnalyzers() {
        assertThat(analyzer.analyze(new IllegalStateException("something else"))).isNull();
    }
}
