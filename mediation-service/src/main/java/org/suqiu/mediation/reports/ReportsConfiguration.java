package org.suqiu.mediation.reports;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.reports.application.ReportingCases;

/** Wires the reports: worklists, overdue lists, rates. */
@Configuration(proxyBeanMethods = false)
public class ReportsConfiguration {

    @Bean
    ReportingCases reportingCases(Cases cases, Clock clock) {
        return new ReportingCases(cases, clock);
    }
}
