package org.suqiu.notification.escalation.infrastructure;

import java.util.HashSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.notification.escalation.application.EscalationLadder;
import org.suqiu.notification.escalation.model.BusinessHours;
import org.suqiu.notification.escalation.model.EscalationPolicy;
import org.suqiu.notification.escalation.model.EscalationRule;
import org.suqiu.notification.people.model.People;

/** Wires the escalation policy (from configuration, or the default ladder), the ladder and the business hours. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EscalationProperties.class)
public class EscalationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EscalationConfiguration.class);

    @Bean
    EscalationPolicy escalationPolicy(EscalationProperties properties) {
        if (properties.rules().isEmpty()) {
            log.info("Escalation policy: the default ladder");
            return EscalationPolicy.defaults();
        }
        EscalationPolicy policy = new EscalationPolicy(properties.rules().stream()
                .map(r -> new EscalationRule(r.clock(), r.kind(), r.level(), r.recipients(), r.channels(), r.urgent(), r.repeatEvery()))
                .toList());
        log.info("Escalation policy: {} rules from suqiu.notification.escalation.rules", policy.rules().size());
        return policy;
    }

    @Bean
    EscalationLadder escalationLadder(EscalationPolicy policy, People people) {
        return new EscalationLadder(policy, people);
    }

    @Bean
    BusinessHours businessHours(EscalationProperties properties) {
        EscalationProperties.BusinessHoursEntry h = properties.businessHours();
        return new BusinessHours(h.zone(), h.opens(), h.closes(), new HashSet<>(h.holidays()), new HashSet<>(h.workingWeekends()));
    }
}
