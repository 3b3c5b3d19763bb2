package org.suqiu.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.support.Auditing;
import org.suqiu.routing.DemoData;
import org.suqiu.routing.assignment.model.DecisionOutcome;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.jurisdiction.model.GeoLocation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RoutingGrievanceTest {

    /** Decisions in memory, one per grievance like the real store. */
    static final class InMemoryDecisions implements Decisions {
        final Map<String, RoutingDecision> stored = new ConcurrentHashMap<>();

        @Override
        public Mono<RoutingDecision> byGrievanceId(String grievanceId) {
            return Mono.justOrEmpty(stored.get(grievanceId));
        }

        @Override
        public Mono<Boolean> add(RoutingDecision decision) {
            return Mono.fromSupplier(() -> stored.putIfAbsent(decision.grievanceId(), decision) == null);
        }

        @Override
        public Mono<RoutingDecision> byGrievanceId(String grievanceId, DecisionScope scope) {
            return Mono.error(new UnsupportedOperationException("routing reads its decisions unscoped"));
        }

        @Override
        public Mono<Boolean> replace(RoutingDecision next, int expectedAttempt) {
            return Mono.fromSupplier(() -> {
                RoutingDecision was = stored.get(next.grievanceId());
                return was != null && was.attempt() == expectedAttempt && stored.replace(next.grievanceId(), was, next);
            });
        }

        @Override
        public Flux<RoutingDecision> sentToTriage(int limit, DecisionScope scope) {
            return Flux.fromIterable(stored.values())
                    .filter(d -> d.outcome() == DecisionOutcome.SENT_TO_TRIAGE)
                    .sort(Comparator.comparing(RoutingDecision::decidedAt).reversed())
                    .take(limit);
        }
    }

    private final InMemoryDecisions decisions = new InMemoryDecisions();
    private final List<RoutingDecision> published = new ArrayList<>();
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    private final RoutedEvents events = decision -> Mono.fromRunnable(() -> {
        if (brokerDown.get()) {
            throw new IllegalStateException("broker down");
        }
        published.add(decision);
    });

    /** The audit trail in memory: like the real one, an entry whose id is stored is not written again. */
    private final Map<String, AuditEntry> audited = new LinkedHashMap<>();
    private final Auditing audit = entry -> Mono.fromRunnable(() -> audited.putIfAbsent(entry.id(), entry));

    private RoutingGrievance routingAt(String time) {
        return new RoutingGrievance(DemoData.policy(), decisions, events, Clock.fixed(Instant.parse(time), ZoneOffset.UTC), audit);
    }

    private static GrievanceToRoute tongxiangPollution(String hint) {
        return new GrievanceToRoute("g-1", "SQ-1", "WEB", "工厂排放废气", new GeoLocation(30.7454, 120.4870, "WGS84"),
                null, hint, null, null, null, Instant.parse("2026-11-20T07:59:00Z"), "e-1");
    }

    @Test
    void shouldStoreTheDecisionAndPublishIt() {
        RoutingGrievance.Routed routed = routingAt("2026-11-20T08:00:00Z").route(tongxiangPollution("环境保护")).block();

        assertThat(routed.alreadyDecided()).isFalse();
        assertThat(decisions.stored).containsOnlyKeys("g-1");
        assertThat(published).containsExactly(decisions.stored.get("g-1"));
        assertThat(published.get(0).unitId()).isEqualTo("330483-env");
    }

    @Test
    void shouldRecordEachDecisionOnceInTheAuditTrailWithTheSystemActorAndTheRule() {
        routingAt("2026-11-20T08:00:00Z").route(tongxiangPollution("环境保护")).block();
        routingAt("2026-11-20T09:00:00Z").route(tongxiangPollution("环境保护")).block();

        assertThat(audited).containsOnlyKeys("g-1:routed");
        AuditEntry entry = audited.get("g-1:routed");
        assertThat(entry.action()).isEqualTo("grievance.routed");
        assertThat(entry.resourceType()).isEqualTo("grievance");
        assertThat(entry.resourceId()).isEqualTo("g-1");
        assertThat(entry.actor().subject()).isEqualTo("system:routing-service");
        assertThat(entry.at()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
        assertThat(entry.reason()).isEqualTo("rule r-330483-env of rule-set version 1");
        assertThat(entry.details()).containsEntry("ruleId", "r-330483-env").containsEntry("unitId", "330483-env")
                .containsEntry("outcome", "ASSIGNED");
        assertThat(entry.details().values()).doesNotContain("工厂排放废气");
    }

    @Test
    void shouldRecordATriageDecisionWithItsReason() {
        routingAt("2026-11-20T08:00:00Z").route(tongxiangPollution(null)).block();

        AuditEntry entry = audited.get("g-1:routed");
        assertThat(entry.reason()).isEqualTo("sent to triage: NO_CATEGORY");
        assertThat(entry.details()).containsEntry("outcome", "SENT_TO_TRIAGE").containsEntry("triageReason", "NO_CATEGORY")
                .doesNotContainKey("ruleId");
    }

    @Test
    void shouldPublishTheStoredDecisionUnchangedWhenTheSameGrievanceArrivesAgain() {
        routingAt("2026-11-20T08:00:00Z").route(tongxiangPollution("环境保护")).block();

        // redelivered later, even with different content: the first decision stands
        RoutingGrievance.Routed again = routingAt("2026-11-20T09:00:00Z").route(tongxiangPollution(null)).block();

        assertThat(again.alreadyDecided()).isTrue();
        assertThat(decisions.stored).hasSize(1);
        assertThat(published).hasSize(2);
        assertThat(published.get(1)).isEqualTo(published.get(0));
        assertThat(published.get(1).decidedAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void shouldPublishADecisionStoredBeforeTheBrokerFailedWhenTheEventIsRedelivered() {
        brokerDown.set(true);
        assertThatThrownBy(() -> routingAt("2026-11-20T08:00:00Z").route(tongxiangPollution("环境保护")).block())
                .hasMessageContaining("broker down");
        assertThat(decisions.stored).containsOnlyKeys("g-1");
        assertThat(published).isEmpty();

        brokerDown.set(false);
        routingAt("2026-11-20T08:05:00Z").route(tongxiangPollution("环境保护")).block();

        assertThat(published).containsExactly(decisions.stored.get("g-1"));
        assertThat(audited).containsOnlyKeys("g-1:routed");
    }
}
