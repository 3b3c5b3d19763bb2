package org.suqiu.mediation.cases.infrastructure;

import org.suqiu.mediation.cases.application.CaseAudit;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The case trail in the platform's append-only {@code audit} collection of this service's database. */
public class AuditTrailCaseAudit implements CaseAudit {

    private final AuditTrail trail;

    public AuditTrailCaseAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public Mono<Void> record(AuditEntry entry) {
        return trail.record(entry).then();
    }

    @Override
    public Flux<AuditEntry> ofCase(String caseId) {
        return trail.ofResource(RESOURCE, caseId);
    }
}
