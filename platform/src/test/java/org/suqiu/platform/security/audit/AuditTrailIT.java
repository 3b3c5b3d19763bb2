package org.suqiu.platform.security.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The audit trail against the MongoDB-wire server. */
class AuditTrailIT {

    private static final Instant NOW = Instant.parse("2026-11-22T02:30:00Z");
    private static final StaffMember HANDLER = new StaffMember("u-1001", "李四", Set.of(Role.HANDLER), "unit-wuzhen",
            JurisdictionScope.of("330483102"));

    private static MongoClient client;
    private static MongoDatabase database;
    private static AuditTrail trail;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongo().connectionString());
        database = client.getDatabase(SharedInfrastructure.uniqueDatabase("audit"));
        trail = new AuditTrail(database, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void shouldRecordWhoWhenWhatAndWhyAndReadItBackByResource() {
        AuditEntry recorded = trail.record(AuditEntry.of(HANDLER, "case.accepted", "case", "c-1").because("属地受理")
                .with("from", "OPEN").with("to", "ACCEPTED")).block();

        assertThat(recorded.id()).isNotBlank();
        assertThat(recorded.at()).isEqualTo(NOW);
        assertThat(trail.ofResource("case", "c-1").collectList().block()).singleElement().satisfies(entry -> {
            assertThat(entry).isEqualTo(recorded);
            assertThat(entry.actor().subject()).isEqualTo("u-1001");
            assertThat(entry.actor().roles()).containsExactly(Role.HANDLER);
            assertThat(entry.actor().unitId()).isEqualTo("unit-wuzhen");
            assertThat(entry.reason()).isEqualTo("属地受理");
            assertThat(entry.details()).containsEntry("from", "OPEN").containsEntry("to", "ACCEPTED");
        });
    }

    @Test
    void shouldListTheTrailOfOneResourceOldestFirstAndNothingOfOthers() {
        trail.record(AuditEntry.of(HANDLER, "case.resolved", "case", "c-2").at(NOW.plusSeconds(60))).block();
        trail.record(AuditEntry.of(HANDLER, "case.accepted", "case", "c-2").at(NOW)).block();
        trail.record(AuditEntry.of(AuditEntry.Actor.system("mediation-service"), "case.overdue", "case", "c-2").at(NOW.plusSeconds(30))).block();
        trail.record(AuditEntry.of(HANDLER, "case.accepted", "case", "c-3")).block();
        trail.record(AuditEntry.of(HANDLER, "rule.changed", "rule", "c-2").at(NOW.plusSeconds(90))).block();

        assertThat(trail.ofResource("case", "c-2").map(AuditEntry::action).collectList().block())
                .containsExactly("case.accepted", "case.overdue", "case.resolved");
        assertThat(trail.ofResource("c-2").map(AuditEntry::action).collectList().block())
                .containsExactly("case.accepted", "case.overdue", "case.resolved", "rule.changed");
        assertThat(trail.ofResource("case", "c-2").collectList().block().get(1).actor().subject())
                .isEqualTo("system:mediation-service");
    }

    @Test
    void shouldRecordAnEntryWithTheSameIdOnceAndKeepTheFirst() {
        AuditEntry first = AuditEntry.of(HANDLER, "case.accepted", "case", "c-4").withId("c-4:accepted").because("first");

        trail.record(first).block();
        trail.record(first.because("second")).block();

        assertThat(trail.ofResource("case", "c-4").collectList().block()).singleElement()
                .extracting(AuditEntry::reason).isEqualTo("first");
    }

    @Test
    void shouldOnlyEverInsertIntoTheAuditCollection() {
        trail.record(AuditEntry.of(HANDLER, "case.accepted", "case", "c-5")).block();
        trail.record(AuditEntry.of(HANDLER, "case.resolved", "case", "c-5")).block();

        long stored = Mono.from(database.getCollection(AuditTrail.COLLECTION).countDocuments(new Document("resourceId", "c-5"))).block();
        assertThat(stored).isEqualTo(2);
        assertThat(Flux.from(database.getCollection(AuditTrail.COLLECTION).listIndexes()).map(index -> index.getString("name"))
                .collectList().block()).contains("resource_at");
    }
}
