package org.suqiu.routing.directory.web;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.routing.directory.application.LiveDirectory;
import org.suqiu.routing.directory.model.InvalidDirectoryException;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.UnitKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

    /** A unit as an administrator writes it; {@code version} is the one read (updates only); {@code reason} is audited. */
    public record UnitInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "letters, digits and _ . : - only")
            String unitId,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitKind kind,
            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a division code of 6, 9 or 12 digits")
            String jurisdictionCode,
            @Size(max = 100) String parentUnitId,
            List<@NotBlank @Size(max = 200) String> escalationContacts,
            Long version,
            @NotBlank @Size(max = 500) String reason) {
    }

    private final Units units;
    private final AuditTrail auditTrail;
    private final LiveDirectory directory;

    public UnitsController(Units units, AuditTrail auditTrail, LiveDirectory directory) {
        this.units = units;
        this.auditTrail = auditTrail;
        this.directory = directory;
    }

    /** 单位管理: a new unit, published to {@code directory.units}; in the administrator's jurisdiction only. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    public Mono<UnitView> create(@Valid @RequestBody UnitInput input, StaffMember staff) {
        if (!staff.covers(input.jurisdictionCode())) {
            return Mono.error(WebProblems.forbidden("jurisdiction " + input.jurisdictionCode() + " is outside yours"));
        }
        return save(input, input.unitId().trim(), null, staff);
    }

    /** A changed unit (as of the {@code version} read), published as its next version; 404 outside the caller's jurisdiction. */
    @PutMapping("/{id}")
    @PreAuthorize(Access.ADMIN)
    public Mono<UnitView> update(@PathVariable String id, @Valid @RequestBody UnitInput input, StaffMember staff) {
        if (input.version() == null) {
            return Mono.error(WebProblems.invalidParameter("version", "must be the version read"));
        }
        if (!id.equals(input.unitId().trim())) {
            return Mono.error(WebProblems.invalidParameter("unitId", "must be the unit of the path"));
        }
        return existing(id)
                .filter(stored -> staff.covers(stored.unit().jurisdictionCode()))
                .switchIfEmpty(Mono.error(() -> unitNotFound(id)))
                .flatMap(stored -> staff.covers(input.jurisdictionCode()) ? save(input, id, input.version(), staff)
                        : Mono.error(WebProblems.forbidden("jurisdiction " + input.jurisdictionCode() + " is outside yours")));
    }

    private Mono<UnitView> save(UnitInput input, String id, Long version, StaffMember staff) {
        Unit unit;
        try {
            unit = new Unit(id, input.name().trim(), input.kind(), input.jurisdictionCode(),
                    input.parentUnitId() == null || input.parentUnitId().isBlank() ? null : input.parentUnitId().trim(),
                    input.escalationContacts());
        } catch (RuntimeException e) {
            return Mono.error(WebProblems.unprocessable("unit-refused", "Unit refused", List.of(e.getMessage())));
        }
        return directory.save(unit, version, AuditEntry.Actor.of(staff), input.reason())
                .map(changed -> UnitView.of(changed.unit()))
                .onErrorMap(InvalidDirectoryException.class,
                        e -> WebProblems.unprocessable("unit-refused", "Unit refused", e.problems()))
                .onErrorMap(LiveDirectory.UnitNotFoundException.class, e -> unitNotFound(id))
                .onErrorMap(IllegalStateException.class, e -> WebProblems.conflict("unit-conflict", "Unit conflict", e.getMessage()));
    }

    private static RuntimeException unitNotFound(String id) {
        return WebProblems.notFound("unit-not-found", "Unit not found", "There is no unit " + id + " in the directory.");
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
