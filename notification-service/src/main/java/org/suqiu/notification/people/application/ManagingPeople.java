package org.suqiu.notification.people.application;

import java.time.Clock;
import java.util.List;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.people.model.People;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 人员管理: an ADMIN creates, changes and removes people within their jurisdiction; an ADMIN or a
 * SUPERVISOR reads the people within theirs. Every change is audited ({@code person.created},
 * {@code person.updated} with the changed field names, {@code person.deleted}) — never the values.
 */
public class ManagingPeople {

    public static final String RESOURCE = "person";

    /** What became of a create-or-replace. */
    public enum Saved { CREATED, UPDATED, UNCHANGED }

    /** The person lies outside the caller's jurisdiction, or would after the change. */
    public static class OutOfScopeException extends RuntimeException {
        public OutOfScopeException(String message) {
            super(message);
        }
    }

    /** Someone changed the person at the same time; the caller may retry. */
    public static class ConcurrentChangeException extends RuntimeException {
        public ConcurrentChangeException(String id) {
            super("person " + id + " was changed at the same time");
        }
    }

    private final People people;
    private final AuditTrail auditTrail;
    private final Clock clock;

    public ManagingPeople(People people, AuditTrail auditTrail, Clock clock) {
        this.people = people;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The area {@code staff} may see people in, or empty (nothing). */
    public static JurisdictionCode area(StaffMember staff) {
        if (!staff.hasAnyRole(Role.ADMIN, Role.SUPERVISOR) || staff.jurisdiction() == null) {
            return null;
        }
        return JurisdictionCode.parse(staff.jurisdiction().code()).orElse(null);
    }

    public Flux<Person> find(StaffMember staff, JurisdictionCode within, PersonRole role, String unitId, int limit) {
        JurisdictionCode area = area(staff);
        if (area == null || (within != null && !area.contains(within))) {
            return Flux.empty();
        }
        return people.find(within == null ? area : within, role, unitId, limit);
    }

    /** The person when {@code staff} may see them, else empty (missing and out of scope alike). */
    public Mono<Person> byId(String id, StaffMember staff) {
        JurisdictionCode area = area(staff);
        if (area == null) {
            return Mono.empty();
        }
        return people.byId(id).filter(p -> area.contains(p.jurisdiction()));
    }

    /** Creates or replaces the person {@code wanted.id()}. */
    public Mono<Saved> save(Person wanted, StaffMember admin) {
        JurisdictionCode area = area(admin);
        if (area == null || !area.contains(wanted.jurisdiction())) {
            return Mono.error(new OutOfScopeException("jurisdiction " + wanted.jurisdictionCode()
                    + " is outside the caller's jurisdiction"));
        }
        return people.byId(wanted.id())
                .flatMap(existing -> {
                    if (!area.contains(existing.jurisdiction())) {
                        return Mono.error(new OutOfScopeException("person " + existing.id() + " is outside the caller's jurisdiction"));
                    }
                    List<String> changed = existing.changedFields(wanted);
                    if (changed.isEmpty()) {
                        return Mono.just(Saved.UNCHANGED);
                    }
                    Person next = existing.replacedBy(wanted, clock.instant());
                    return people.replace(next, existing.version())
                            .flatMap(replaced -> replaced
                                    ? audit(admin, "person.updated", next, String.join(",", changed)).thenReturn(Saved.UPDATED)
                                    : Mono.error(new ConcurrentChangeException(next.id())));
                })
                .switchIfEmpty(Mono.defer(() -> {
                    Person created = new Person(wanted.id(), wanted.name(), wanted.role(), wanted.unitId(),
                            wanted.jurisdictionCode(), wanted.phone(), wanted.email(), wanted.wechatOpenId(),
                            wanted.preferredChannels(), 1, clock.instant());
                    return people.addIfAbsent(created).flatMap(added -> added
                            ? audit(admin, "person.created", created, null).thenReturn(Saved.CREATED)
                            : Mono.error(new ConcurrentChangeException(created.id())));
                }));
    }

    /** Removes the person; emits false when there is none the admin may manage. */
    public Mono<Boolean> remove(String id, StaffMember admin) {
        return byId(id, admin)
                .flatMap(existing -> people.remove(id)
                        .flatMap(removed -> removed ? audit(admin, "person.deleted", existing, null).thenReturn(true) : Mono.just(false)))
                .defaultIfEmpty(false);
    }

    /** The person's audit trail, oldest first, when {@code staff} may see the person. */
    public Mono<Flux<AuditEntry>> trail(String id, StaffMember staff) {
        return byId(id, staff).map(p -> auditTrail.ofResource(RESOURCE, id));
    }

    private Mono<AuditEntry> audit(StaffMember admin, String action, Person person, String changed) {
        return auditTrail.record(AuditEntry.of(admin, action, RESOURCE, person.id())
                .at(clock.instant())
                .with("role", person.role().name())
                .with("unitId", person.unitId())
                .with("jurisdictionCode", person.jurisdictionCode())
                .with("version", Long.toString(person.version()))
                .with("changed", changed));
    }
}
