package org.suqiu.notification.people.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.suqiu.notification.people.application.ManagingPeople;
import org.suqiu.notification.people.model.Person;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;

/** Wires the people directory: its sealed store, the seed at start-up and the use case behind the API. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PeopleProperties.class)
public class PeopleConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PeopleConfiguration.class);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    MongoPeople people(MongoDatabase notificationDatabase, FieldCipher fieldCipher, PeopleProperties properties, Clock clock) {
        MongoPeople people = new MongoPeople(notificationDatabase, fieldCipher);
        people.createIndexes().block(START_TIMEOUT);
        if (properties.seed() != null) {
            List<Person> seed = PeopleSeed.read(properties.seed());
            Long added = Flux.fromIterable(seed)
                    .map(p -> new Person(p.id(), p.name(), p.role(), p.unitId(), p.jurisdictionCode(), p.phone(), p.email(),
                            p.wechatOpenId(), p.preferredChannels(), 1, clock.instant()))
                    .concatMap(people::addIfAbsent)
                    .filter(Boolean::booleanValue)
                    .count()
                    .block(START_TIMEOUT);
            log.info("People seed {}: {} of {} added (the others were already there)", properties.seed().getDescription(),
                    added, seed.size());
        }
        return people;
    }

    @Bean
    ManagingPeople managingPeople(MongoPeople people, AuditTrail auditTrail, Clock clock) {
        return new ManagingPeople(people, auditTrail, clock);
    }
}
