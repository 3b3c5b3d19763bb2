package org.suqiu.routing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.suqiu.routing.assignment.model.InvalidRuleTableException;
import org.suqiu.routing.directory.model.InvalidDirectoryException;

/** The service refuses to start on a rule table or directory it cannot trust, and says why. */
class RefusingInvalidDataIT {

    private static void start(String property) {
        // as command-line arguments, so that they win over application.yml like a user's would
        new SpringApplicationBuilder(RoutingServiceApplication.class)
                .run("--server.port=0", "--spring.cloud.stream.kafka.binder.brokers=127.0.0.1:1",
                        "--spring.mongodb.uri=mongodb://127.0.0.1:1/unused?serverSelectionTimeoutMS=500",
                        // the refusals come before any text is classified: no model to train
                        "--suqiu.routing.classifier.enabled=false", "--" + property)
                .close();
    }

    @Test
    void shouldRefuseToStartWithTwoRulesForTheSameCategoryAndCounty() {
        assertThatThrownBy(() -> start("suqiu.routing.rules.location=classpath:invalid/rules-duplicate.csv"))
                .hasRootCauseInstanceOf(InvalidRuleTableException.class)
                .rootCause()
                .hasMessageContaining("rules r-330483-env and r-330483-env-2 both route (环境保护, 330483)");
    }

    @Test
    void shouldRefuseToStartWithARuleForAnUnknownUnit() {
        assertThatThrownBy(() -> start("suqiu.routing.rules.location=classpath:invalid/rules-unknown-unit.csv"))
                .rootCause()
                .isInstanceOf(InvalidRuleTableException.class)
                .hasMessageContaining("rule r-330483-env: unit '330483-environment' is not in the directory");
    }

    @Test
    void shouldRefuseToStartWithAUnitUnderAnUnknownParent() {
        assertThatThrownBy(() -> start("suqiu.routing.directory.seed=classpath:invalid/units-orphan.csv"))
                .rootCause()
                .isInstanceOf(InvalidDirectoryException.class)
                .hasMessageContaining("unit 330483-env: parent 330483-govt is not in the directory");
    }
}
