package org.suqiu.intake.staff.infrastructure;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the staff views: one grievance by id, a caller's history. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffViewProperties.class)
public class StaffViewConfiguration {

    @Bean
    MongoGrievanceRecords grievanceRecords(MongoDatabase intakeDatabase, FieldCipher cipher) {
        return new MongoGrievanceRecords(intakeDatabase, cipher);
    }

    @Bean
    ViewingGrievances viewingGrievances(MongoGrievanceRecords records, StaffViewProperties properties, AuditTrail audit,
            Clock clock) {
        return new ViewingGrievances(records, JurisdictionScope.of(properties.homeJurisdiction()), audit, clock);
    }
}
