package org.suqiu.intake.submission.infrastructure;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.application.ReceivedEvents;
import org.suqiu.intake.submission.application.RelayingSubmissions;
import org.suqiu.intake.submission.messaging.KafkaReceivedEvents;
import org.suqiu.intake.submission.model.TrackingNumbers;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.security.crypto.EventSeal;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.scheduler.Schedulers;

/** Wires the submission feature: accepting grievances, storing them, relaying them to Kafka. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({RelayProperties.class, IntakeLimits.class})
public class SubmissionConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SubmissionConfiguration.class);

    @Bean
    MongoSubmissions submissions(MongoDatabase intakeDatabase, FieldCipher cipher) {
        return new MongoSubmissions(intakeDatabase, cipher);
    }

    @Bean
    ApplicationRunner submissionIndexes(MongoSubmissions submissions) {
        return arguments -> {
            try {
                submissions.ensureIndexes().block(Duration.ofSeconds(15));
            } catch (RuntimeException e) {
                // the first write tries again; a submission is never stored before its indexes exist
                log.warn("Could not create the indexes of submissions at start: {}", e.toString());
            }
        };
    }

    @Bean
    TrackingNumbers trackingNumbers() {
        return new TrackingNumbers(new SecureRandom());
    }

    @Bean
    ReceivedEvents receivedEvents(EventPublisher publisher, EventSeal seal, FieldCipher cipher) {
        return new KafkaReceivedEvents(publisher, Schedulers.boundedElastic(), seal, cipher);
    }

    @Bean
    RelayingSubmissions relayingSubmissions(MongoSubmissions submissions, ReceivedEvents events,
            RelayProperties properties, Clock clock) {
        return new RelayingSubmissions(submissions, events, properties.policy(), clock, properties.batchSize(),
                properties.concurrency());
    }

    @Bean
    ScheduledRelay scheduledRelay(RelayingSubmissions relaying, RelayProperties properties) {
        return new ScheduledRelay(relaying, properties);
    }

    @Bean
    AcceptingGrievance acceptingGrievance(MongoSubmissions submissions, TrackingNumbers trackingNumbers,
            ScheduledRelay relay, Clock clock) {
        return new AcceptingGrievance(submissions, trackingNumbers, relay, clock);
    }
}
