package org.suqiu.mediation.cases.application;

import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 留痕: the append-only trail of what happened to cases, who did it and why; an entry whose id is stored is not written again. */
public interface CaseAudit {

    /** The resource type of a case in the trail. */
    String RESOURCE = "case";
    /** The actor for what the service does on its own (opening from an event, deadline notices). */
    AuditEntry.Actor SYSTEM = AuditEntry.Actor.system("mediation-service");

    Mono<Void> record(AuditEntry entry);

    /** The trail of one case, oldest first. */
    Flux<AuditEntry> ofCase(String caseId);

    /** A trail that keeps nothing, for tests of other rules. */
    static CaseAudit none() {
        return new CaseAudit() {
            @Override
            public Mono<Void> record(AuditEntry entry) {
                return Mono.empty();
            }

            @Override
            public Flux<AuditEntry> ofCase(String caseId) {
                return Flux.empty();
            }
        };
    }
}
