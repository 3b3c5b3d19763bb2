package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;

/**
 * 大调解: a mediation of a case — its kind (人民/行政/司法调解), mediator, parties, sessions and, once
 * concluded, its outcome: an agreement (协议 terms, signed when), partial, or failed with the next step.
 * Party names are personal data: they stay here, never in events or logs.
 */
public record Mediation(
        MediationKind kind,
        String mediator,
        List<String> parties,
        Instant startedAt,
        String startedBy,
        List<Session> sessions,
        MediationOutcome outcome,
        String terms,
        Instant signedAt,
        String nextStep,
        Instant concludedAt) {

    public Mediation {
        parties = List.copyOf(parties);
        sessions = List.copyOf(sessions);
    }

    /** One mediation session (调解会): when, where, who came, what was agreed. */
    public record Session(int number, Instant heldAt, String place, List<String> attendees, String agreed, String recordedBy) {
        public Session {
            attendees = List.copyOf(attendees);
        }
    }

    public boolean concluded() {
        return outcome != null;
    }

    Mediation withSession(Session session) {
        List<Session> all = new ArrayList<>(sessions);
        all.add(session);
        return new Mediation(kind, mediator, parties, startedAt, startedBy, all, outcome, terms, signedAt, nextStep, concludedAt);
    }

    Mediation concluded(MediationOutcome anOutcome, String someTerms, Instant signed, String step, Instant at) {
        return new Mediation(kind, mediator, parties, startedAt, startedBy, sessions, anOutcome, someTerms, signed, step, at);
    }
}
