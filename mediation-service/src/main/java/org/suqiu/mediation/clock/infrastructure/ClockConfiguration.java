package org.suqiu.mediation.clock.infrastructure;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.WorkingCalendar;

/** Wires the clock: the working calendar and the configured deadline profile, read once at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClockProperties.class)
public class ClockConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

    @Bean
    ClockPolicy clockPolicy(ClockProperties properties, ResourceLoader resources) throws IOException {
        WorkingCalendar calendar = ClockData.calendar(resources.getResource(properties.holidays()).getInputStream(),
                properties.opensAt(), properties.closesAt());
        DeadlineProfile profile = ClockData.profile(resources.getResource(properties.profiles()).getInputStream(),
                properties.profile());
        log.info("Deadline profile {} on the calendar of {} (years {})", profile.name(), calendar.zone(), calendar.years());
        return new ClockPolicy(profile, calendar);
    }
}
