package org.suqiu.notification.recipient.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.recipient.model.Supervisor;
import org.suqiu.notification.recipient.model.Supervisors;

/** Wires who is told: the supervising offices from configuration. A bad entry stops the start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisorsProperties.class)
public class RecipientConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RecipientConfiguration.class);

    @Bean
    Supervisors supervisors(SupervisorsProperties properties) {
        Supervisors supervisors = new Supervisors(properties.supervisors().stream()
                .map(RecipientConfiguration::supervisor)
                .toList());
        if (supervisors.all().isEmpty()) {
            log.warn("No supervisors configured (suqiu.notification.supervisors): alerts will have no recipients");
        } else {
            log.info("{} supervising offices configured", supervisors.all().size());
        }
        return supervisors;
    }

    private static Supervisor supervisor(SupervisorsProperties.Entry entry) {
        JurisdictionCode code = JurisdictionCode.parse(entry.jurisdictionCode()).orElseThrow(() ->
                new IllegalArgumentException("suqiu.notification.supervisors: '" + entry.jurisdictionCode()
                        + "' of supervisor " + entry.id() + " is not a division code"));
        return new Supervisor(entry.id(), entry.name(), code);
    }
}
