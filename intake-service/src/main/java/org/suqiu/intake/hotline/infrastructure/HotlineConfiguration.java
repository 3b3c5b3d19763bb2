package org.suqiu.intake.hotline.infrastructure;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.hotline.application.TakingCalls;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

/** Wires the hotline desk: drafts in MongoDB, submitted through {@link AcceptingGrievance}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HotlineProperties.class)
public class HotlineConfiguration {

    @Bean
    MongoHotlineDrafts hotlineDrafts(MongoDatabase intakeDatabase, FieldCipher cipher) {
        return new MongoHotlineDrafts(intakeDatabase, cipher);
    }

    @Bean
    TakingCalls takingCalls(MongoHotlineDrafts drafts, ViewingGrievances viewing, AcceptingGrievance accepting,
            AuditTrail audit, HotlineProperties properties, Clock clock) {
        return new TakingCalls(drafts, viewing, accepting, audit, JurisdictionScope.of(properties.homeJurisdiction()),
                clock);
    }
}
