package org.suqiu.routing.directory.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.routing.directory.application.Units;
import org.suqiu.routing.directory.model.VersionedUnit;
import org.suqiu.routing.support.Access;
import org.suqiu.routing.support.WebProblems;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The unit directory (承办单位) as stored: {@code GET /api/units}, {@code GET /api/units/{id}} and its
 * audit trail; open to every staff role (the directory is not secret inside the organisation).
 */
@RestController
@RequestMapping("/api/units")
public class UnitsController {

    /** A unit as the API shows it. */
    public record UnitView(String unitId, String name, String kind, String jurisdictionCode, String parentUnitId,
                           List<String> escalationContacts, long version, Instant changedAt) {

        static UnitView of(VersionedUnit v) {
            return new UnitView(v.id(), v.unit().name(), v.unit().kind().name(), v.unit().jurisdictionCode(),
                    v.unit().parentUnitId(), v.unit().escalationContacts(), v.version(), v.changedAt());
        }
    }

    private final Units units;
    private final AuditTrail auditTrail;

    public UnitsController(Units units, AuditTrail auditTrail) {
        this.units = units;
        this.auditTrail = auditTrail;
    }

    @GetMapping
    @PreAuthorize(Access.ANY_STAFF)
    public Flux<UnitView> units(@RequestParam(required = false) String jurisdictionCode) {
        if (jurisdictionCode != null && !jurisdictionCode.matches("\\d{6}|\\d{9}|\\d{12}")) {
            return Flux.error(WebProblems.invalidParameter("jurisdictionCode", "must be a division code of 6, 9 or 12 digits"));
        }
        return units.all(jurisdictionCode).map(UnitView::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Access.ANY_STAFF)
    public Mono<UnitView> unit(@PathVariable String id) {
        return existing(id).map(UnitView::of);
    }

    /** Every version the unit went through (留痕), oldest first. */
    @GetMapping("/{id}/audit")
    @PreAuthorize(Access.ANY_STAFF)
    public Flux<AuditEntry> unitAudit(@PathVariable String id) {
        return existing(id).flatMapMany(unit -> auditTrail.ofResource("unit", unit.id()));
    }

    private Mono<VersionedUnit> existing(String id) {
        return units.byId(id)
                .switchIfEmpty(Mono.error(() -> WebProblems.notFound("unit-not-found", "Unit not found",
                        "There is no unit " + id + " in the directory.")));
    }
}
