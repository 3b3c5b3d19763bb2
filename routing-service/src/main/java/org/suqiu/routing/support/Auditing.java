package org.suqiu.routing.support;

import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Mono;

/**
 * 留痕: where the use cases write their audit entries (the platform's append-only {@code AuditTrail}
 * in the service, a list in unit tests). Recording an entry whose id is already stored changes nothing.
 */
@FunctionalInterface
public interface Auditing {

    /** The system actor routing records its own acts under ({@code system:routing-service}). */
    AuditEntry.Actor SYSTEM = AuditEntry.Actor.system("routing-service");

    Mono<Void> record(AuditEntry entry);
}
