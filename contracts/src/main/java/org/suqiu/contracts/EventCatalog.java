package org.suqiu.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.contracts.mediation.CaseAccepted;
import org.suqiu.contracts.mediation.CaseCalledBack;
import org.suqiu.contracts.mediation.CaseClosed;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseEscalated;
import org.suqiu.contracts.mediation.CaseExtensionDecided;
import org.suqiu.contracts.mediation.CaseExtensionRequested;
import org.suqiu.contracts.mediation.CaseInProgress;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.CaseReassigned;
import org.suqiu.contracts.mediation.CaseReopened;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.mediation.CaseResumed;
import org.suqiu.contracts.mediation.CaseReturned;
import org.suqiu.contracts.mediation.CaseSupervised;
import org.suqiu.contracts.mediation.CaseSuspended;
import org.suqiu.contracts.mediation.MediationConcluded;
import org.suqiu.contracts.mediation.MediationSessionHeld;
import org.suqiu.contracts.mediation.MediationStarted;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.contracts.routing.GrievanceLinked;
import org.suqiu.contracts.routing.GrievanceSentToTriage;
import org.suqiu.contracts.routing.UnitChanged;

/** Every event type Suqiu publishes, looked up by CloudEvents type or by record class. */
public final class EventCatalog {

    private static final List<EventType> ALL = List.of(
            new EventType(GrievanceReceived.TYPE, GrievanceReceived.class, Topics.GRIEVANCE_RECEIVED),
            new EventType(GrievanceAssigned.TYPE, GrievanceAssigned.class, Topics.GRIEVANCE_ROUTED),
            new EventType(GrievanceSentToTriage.TYPE, GrievanceSentToTriage.class, Topics.GRIEVANCE_ROUTED),
            new EventType(GrievanceLinked.TYPE, GrievanceLinked.class, Topics.GRIEVANCE_ROUTED),
            new EventType(UnitChanged.TYPE, UnitChanged.class, Topics.DIRECTORY_UNITS),
            new EventType(CaseOpened.TYPE, CaseOpened.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseAccepted.TYPE, CaseAccepted.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseResolved.TYPE, CaseResolved.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseClosed.TYPE, CaseClosed.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseReturned.TYPE, CaseReturned.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseInProgress.TYPE, CaseInProgress.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseReopened.TYPE, CaseReopened.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseCalledBack.TYPE, CaseCalledBack.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseSuspended.TYPE, CaseSuspended.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseResumed.TYPE, CaseResumed.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseExtensionRequested.TYPE, CaseExtensionRequested.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseExtensionDecided.TYPE, CaseExtensionDecided.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseSupervised.TYPE, CaseSupervised.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseEscalated.TYPE, CaseEscalated.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseReassigned.TYPE, CaseReassigned.class, Topics.CASE_LIFECYCLE),
            new EventType(MediationStarted.TYPE, MediationStarted.class, Topics.CASE_LIFECYCLE),
            new EventType(MediationSessionHeld.TYPE, MediationSessionHeld.class, Topics.CASE_LIFECYCLE),
            new EventType(MediationConcluded.TYPE, MediationConcluded.class, Topics.CASE_LIFECYCLE),
            new EventType(CaseDeadlineApproaching.TYPE, CaseDeadlineApproaching.class, Topics.CASE_DEADLINES),
            new EventType(CaseOverdue.TYPE, CaseOverdue.class, Topics.CASE_DEADLINES));

    private static final Map<String, EventType> BY_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::type, Function.identity()));
    private static final Map<Class<?>, EventType> BY_CLASS =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::recordType, Function.identity()));

    private EventCatalog() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventType of(Class<? extends Event> recordType) {
        EventType type = BY_CLASS.get(recordType);
        if (type == null) {
            throw new IllegalArgumentException("Not a catalogued event: " + recordType.getName());
        }
        return type;
    }
}
