package org.suqiu.mediation.cases.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.suqiu.mediation.MutableClock;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.mediation.cases.model.CaseEvent;
import org.suqiu.mediation.cases.model.CaseFixture;
import org.suqiu.mediation.cases.model.CaseState;

import reactor.core.publisher.Mono;

class HandlingCaseTest {

    private final InMemoryCases cases = new InMemoryCases();
    private final AtomicInteger nudges = new AtomicInteger();
    private final MutableClock clock = new MutableClock(CaseFixture.after(Duration.ofSeconds(30)));
    private final HandlingCase handling = new HandlingCase(cases, nudges::incrementAndGet, clock);
    private final Case open = CaseFixture.openCase();

    HandlingCaseTest() {
        cases.add(CaseFixture.opening("g-1")).block();
    }

    @Test
    void shouldStoreTheAcceptanceWithItsEventAndNudgeTheRelay() {
        CaseActionResult result = handling.accept(open.caseId(), CaseFixture.HANDLER).block();

        assertThat(result).isInstanceOfSatisfying(CaseActionResult.Done.class,
                done -> assertThat(done.current().state()).isEqualTo(CaseState.ACCEPTED));
        assertThat(cases.byId(open.caseId()).block().state()).isEqualTo(CaseState.ACCEPTED);
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened", "C-g-1:accepted");
        assertThat(nudges).hasValue(1);
    }

    @Test
    void shouldAnswerARepeatedAcceptanceWithTheCaseAndQueueNothing() {
        handling.accept(open.caseId(), CaseFixture.HANDLER).block();

        CaseActionResult again = handling.accept(open.caseId(), CaseFixture.HANDLER).block();

        assertThat(again).isInstanceOf(CaseActionResult.Unchanged.class);
        assertThat(cases.queued()).extracting(CaseEvent::eventId).containsExactly("C-g-1:opened", "C-g-1:accepted");
        assertThat(nudges).hasValue(1);
    }

    @Test
    void shouldPassOnTheCasesRefusal() {
        CaseActionResult result = handling.resolve(open.caseId(), CaseFixture.HANDLER, CaseFixture.ANSWER).block();

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

        CaseActionResult result = new HandlingCase(racing, nudges::incrementAndGet, clock)
                .accept(open.caseId(), CaseFixture.HANDLER).block();

        assertThat(result).isEqualTo(new CaseActionResult.Conflict(open.caseId()));
        assertThat(racing.byId(open.caseId()).block().acceptance().by()).isEqualTo("handler-li");
        assertThat(nudges).hasValue(0);
    }

    @Test
    void shouldReportAnUnknownCase() {
        assertThat(handling.accept("C-nope", CaseFixture.HANDLER).block()).isEqualTo(new CaseActionResult.NotFound("C-nope"));
    }
}
