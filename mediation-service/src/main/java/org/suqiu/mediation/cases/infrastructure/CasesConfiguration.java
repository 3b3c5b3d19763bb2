package org.suqiu.mediation.cases.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.mediation.cases.application.HandlingCase;
import org.suqiu.mediation.cases.application.OpeningCase;
import org.suqiu.mediation.cases.application.ViewingCases;
import org.suqiu.mediation.cases.messaging.GrievanceRoutedHandler;
import org.suqiu.mediation.cases.messaging.OutboxRelay;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.deadlines.infrastructure.WatcherProperties;
import org.suqiu.mediation.directory.model.Units;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.platform.security.audit.AuditTrail;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.util.retry.Retry;

/** Wires the cases feature: store and outbox, policy, use cases, the {@code grievance.routed} consumer and the relay. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({OutboxProperties.class, WatcherProperties.class})
public class CasesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CasesConfiguration.class);

    /**
     * The cases. Their indexes are created in the background, retried until the store answers: the
     * service starts (and reports itself not ready) without MongoDB, and one case per grievance does
     * not depend on them ({@code _id} is derived from the grievance id).
     */
    @Bean
    MongoNoticeSchedule noticeSchedule(MongoDatabase mediationDatabase, WatcherProperties watcher) {
        return new MongoNoticeSchedule(mediationDatabase.getCollection(MongoNoticeSchedule.COLLECTION), watcher.bucket(),
                watcher.grace(), watcher.catchUp(), watcher.shards());
    }

    @Bean
    MongoCases cases(MongoDatabase mediationDatabase, EventCodec codec, Clock clock, MongoNoticeSchedule noticeSchedule,
            ClockPolicy clockPolicy) {
        MongoCases cases = new MongoCases(collection(mediationDatabase), new CaseDocuments(codec.json()), clock,
                noticeSchedule, clockPolicy.overdueSteps());
        cases.createIndexes()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                        .doBeforeRetry(signal -> log.warn("Cannot create the case indexes yet: {}", signal.failure().toString())))
                .then(cases.fileLegacyCases())
                .subscribe(filed -> {
                    if (filed > 0) {
                        log.info("Filed the deadline notices of {} cases written before the notice schedule", filed);
                    }
                }, e -> log.error("Creating the case indexes failed", e), () -> log.info("Case indexes in place"));
        return cases;
    }

    @Bean
    MongoCaseOutbox caseOutbox(MongoDatabase mediationDatabase) {
        return new MongoCaseOutbox(collection(mediationDatabase));
    }

    @Bean
    OutboxRelay caseEventRelay(MongoCaseOutbox caseOutbox, EventPublisher publisher, EventCodec codec,
            OutboxProperties properties) {
        return new OutboxRelay(caseOutbox, publisher, codec.json(), properties.interval(), properties.batchSize());
    }

    @Bean
    CaseAudit caseAudit(AuditTrail auditTrail) {
        return new AuditTrailCaseAudit(auditTrail);
    }

    @Bean
    OpeningCase openingCase(MongoCases cases, ClockPolicy clockPolicy, OutboxRelay caseEventRelay, Clock clock,
            CaseAudit caseAudit) {
        return new OpeningCase(cases, clockPolicy, caseEventRelay, clock, caseAudit);
    }

    @Bean
    HandlingCase handlingCase(MongoCases cases, OutboxRelay caseEventRelay, Clock clock, CaseAudit caseAudit,
            ClockPolicy clockPolicy) {
        return new HandlingCase(cases, caseEventRelay, clock, caseAudit, clockPolicy);
    }

    @Bean
    ViewingCases viewingCases(MongoCases cases, Units units, Clock clock) {
        return new ViewingCases(cases, units, clock);
    }

    @Bean
    Consumer<Message<byte[]>> grievanceRouted(EventCodec codec, OpeningCase openingCase) {
        return new GrievanceRoutedHandler(codec, openingCase);
    }

    private static MongoCollection<Document> collection(MongoDatabase database) {
        return database.getCollection(MongoCases.COLLECTION);
    }
}
