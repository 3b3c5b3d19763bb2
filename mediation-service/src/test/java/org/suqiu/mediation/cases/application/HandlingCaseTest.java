package org.suqiu.mediation.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.mediation.MutableClock;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseFixture;
import org.suqiu.mediation.cases.model.CaseState;

import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class HandlingCaseTest {

    private static final StaffMember WANG = new StaffMember(CaseFixture.HANDLER, null, Set.of(Role.HANDLER), "unit-nanhu-gov", null);

    private final InMemoryCases cases = new InMemoryCases();
    private final AtomicInteger nudges = new AtomicInteger();
    private final MutableClock clock = new MutableClock(CaseFixture.after(Duration.ofSeconds(30)));
    private final HandlingCase handling = new HandlingCase(cases, nudges::incrementAndGet, clock, CaseAudit.none(), CaseFixture.POLICY);
    private final Case open = CaseFixture.openCase();

    HandlingCaseTest() {
        cases.add(CaseFixture.opening("g-1")).block();
    }

    @Test
    void shouldStoreTheAcceptanceWithItsEventAndNudgeTheRelay() {
        CaseActionResult result = handling.accept(open.caseId(), WANG).block();

        assertThat(result).isInstanceOfSatisfying(CaseActionResult.Done.class,
                done -> assertThat(done.current().state()).isEqualTo(CaseState.ACCEPTED));
        assertThat(cases.byId(open.caseId()).block().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened", "C-g-1:accepted");
        assertThat(nudges).hasValue(1);
    }

    @Test
    void shouldAnswerARepeatedAcceptanceWithTheCaseAndQueueNothing() {
        handling.accept(open.caseId(), WANG).block();

        CaseActionResult again = handling.accept(open.caseId(), WANG).block();

        assertThat(again).isInstanceOf(CaseActionResult.Unchanged.class);
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened", "C-g-1:accepted");
        assertThat(nudges).hasValue(1);
    }

    @Test
    void shouldPassOnTheCasesRefusal() {
        CaseActionResult result = handling.resolve(open.caseId(), WANG, CaseFixture.ANSWER).block();

        assertThat(result).isInstanceOfSatisfying(CaseActionResult.Refused.class,
                refused -> assertThat(refused.rejection().reason()).isEqualTo(CaseActionRejected.Reason.NOT_ACCEPTED));
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened");
    }

    @Test
    void shouldStoreNothingAndReportAConflictWhenAnotherChangeWonTheRace() {
        AtomicBoolean raced = new AtomicBoolean();
        InMemoryCases racing = new InMemoryCases() {
            @Override
            public Mono<Case> byId(String caseId) {
                Case read = super.byId(caseId).block();
                if (raced.compareAndSet(false, true)) {
                    // another handler accepts it between this read and this write
                    overwrite(CaseFixture.changed(read.accept("handler-li", clock.instant())));
                }
                return Mono.just(read);
            }
        };
        racing.add(CaseFixture.opening("g-1")).block();

        CaseActionResult result = new HandlingCase(racing, nudges::incrementAndGet, clock, CaseAudit.none(), CaseFixture.POLICY)
                .accept(open.caseId(), WANG).block();

        assertThat(result).isEqualTo(new CaseActionResult.Conflict(open.caseId()));
        assertThat(racing.byId(open.caseId()).block().acceptance().by()).isEqualTo("handler-li");
        assertThat(nudges).hasValue(0);
    }

    @Test
    void shouldReportAnUnknownCase() {
        assertThat(handling.accept("C-nope", WANG).block()).isEqualTo(new CaseActionResult.NotFound("C-nope"));
    }

    @Test
    void shouldNotFindACaseOfAnotherUnitEvenForASupervisorOfItsJurisdiction() {
        StaffMember otherUnit = new StaffMember("handler-zhao", null, Set.of(Role.HANDLER), "unit-xiuzhou-gov", null);
        StaffMember supervisor = new StaffMember("sup-330402", null, Set.of(Role.SUPERVISOR), null, JurisdictionScope.of("330402"));

        assertThat(handling.accept(open.caseId(), otherUnit).block()).isEqualTo(new CaseActionResult.NotFound(open.caseId()));
        assertThat(handling.accept(open.caseId(), supervisor).block()).isEqualTo(new CaseActionResult.NotFound(open.caseId()));
        assertThat(cases.byId(open.caseId()).block().state()).isEqualTo(CaseState.OPEN);
    }

    @Test
    void shouldRecordTheCallerAsHandlerAndWriteWhoWhatAndWhyToTheAuditTrail() {
        List<AuditEntry> trail = new ArrayList<>();
        CaseAudit audit = new CaseAudit() {
            @Override
            public Mono<Void> record(AuditEntry entry) {
                return Mono.fromRunnable(() -> trail.add(entry));
            }

            @Override
            public Flux<AuditEntry> ofCase(String caseId) {
                return Flux.fromIterable(trail);
            }
        };
        StaffMember head = new StaffMember("head-nanhu", null, Set.of(Role.UNIT_HEAD), "unit-nanhu-gov", null);
        HandlingCase audited = new HandlingCase(cases, nudges::incrementAndGet, clock, audit, CaseFixture.POLICY);

        audited.accept(open.caseId(), WANG).block();
        audited.resolve(open.caseId(), WANG, CaseFixture.ANSWER).block();
        audited.close(open.caseId(), head, "RESOLVED", "answer checked").block();

        assertThat(cases.byId(open.caseId()).block().acceptance().by()).isEqualTo(CaseFixture.HANDLER);
        assertThat(trail).extracting(AuditEntry::id)
                .containsExactly("C-g-1:accepted", "C-g-1:resolved", "C-g-1:closed");
        assertThat(trail).extracting(AuditEntry::action).containsExactly("case.accepted", "case.resolved", "case.closed");
        assertThat(trail.get(0).actor().subject()).isEqualTo(CaseFixture.HANDLER);
        assertThat(trail.get(0).details()).containsEntry("from", "OPEN").containsEntry("to", "ACCEPTED");
        assertThat(trail.get(2).actor().roles()).containsExactly(Role.UNIT_HEAD);
        assertThat(trail.get(2).reason()).isEqualTo("answer checked");
        assertThat(trail.get(2).details()).containsEntry("from", "RESOLVED").containsEntry("to", "CLOSED");
    }

    @Test
    void shouldCompleteTheAuditTrailWhenTheHandlerRetriesAfterTheTrailFailed() {
        List<AuditEntry> trail = new ArrayList<>();
        AtomicBoolean failOnce = new AtomicBoolean(true);
        CaseAudit flaky = new CaseAudit() {
            @Override
            public Mono<Void> record(AuditEntry entry) {
                return failOnce.getAndSet(false) ? Mono.error(new IllegalStateException("audit store down"))
                        : Mono.fromRunnable(() -> trail.add(entry));
            }

            @Override
            public Flux<AuditEntry> ofCase(String caseId) {
                return Flux.fromIterable(trail);
            }
        };
        HandlingCase audited = new HandlingCase(cases, nudges::incrementAndGet, clock, flaky, CaseFixture.POLICY);

        assertThat(audited.accept(open.caseId(), WANG).onErrorResume(e -> Mono.empty()).block()).isNull();
        CaseActionResult retried = audited.accept(open.caseId(), WANG).block();

        assertThat(retried).isInstanceOf(CaseActionResult.Unchanged.class);
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("C-g-1:accepted");
            assertThat(entry.actor().subject()).isEqualTo(CaseFixture.HANDLER);
            assertThat(entry.details()).containsEntry("from", "OPEN").containsEntry("to", "ACCEPTED");
        });
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened", "C-g-1:accepted");
    }
}
