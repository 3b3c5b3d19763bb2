package org.suqiu.notification.people.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.notification.alert.web.AuditEntryResponse;
import org.suqiu.notification.people.application.ManagingPeople;
import org.suqiu.notification.people.application.ManagingPeople.ConcurrentChangeException;
import org.suqiu.notification.people.application.ManagingPeople.OutOfScopeException;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 人员通讯录 over HTTP: ADMIN manages the people of their jurisdiction; ADMIN and SUPERVISOR read them.
 * Contact addresses are always masked; a person outside the caller's jurisdiction answers 404 like a
 * missing one.
 */
@RestController
@RequestMapping("/api/people")
public class PeopleController {

    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";
    static final String MANAGERS = "hasRole('ADMIN')";
    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final ManagingPeople managingPeople;

    public PeopleController(ManagingPeople managingPeople) {
        this.managingPeople = managingPeople;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Flux<PersonResponse> list(@Validated @ModelAttribute PeopleSearch search, StaffMember staff) {
        return managingPeople.find(staff, search.area(), search.personRole(), search.unitIdOrNull(), search.limitOrDefault())
                .map(PersonResponse::of);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Mono<PersonResponse> get(@PathVariable String id, StaffMember staff) {
        return managingPeople.byId(id, staff).map(PersonResponse::of).switchIfEmpty(Mono.error(() -> notFound(id)));
    }

    /** Creates (201) or replaces (200) the person; the id is identity-server's user id. */
    @PutMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(MANAGERS)
    public Mono<ResponseEntity<PersonResponse>> put(
            @PathVariable String id, @Validated @RequestBody PersonRequest request, StaffMember staff) {
        if (!id.matches(ID)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "id must be 1-64 letters, digits, '.', '_' or '-'"));
        }
        return managingPeople.save(request.toPerson(id), staff)
                .flatMap(saved -> managingPeople.byId(id, staff).map(p -> ResponseEntity
                        .status(saved == ManagingPeople.Saved.CREATED ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(PersonResponse.of(p))));
    }

    @DeleteMapping(path = "/{id}")
    @PreAuthorize(MANAGERS)
    public Mono<ResponseEntity<Void>> delete(@PathVariable String id, StaffMember staff) {
        return managingPeople.remove(id, staff)
                .flatMap(removed -> removed ? Mono.just(ResponseEntity.noContent().<Void>build()) : Mono.error(notFound(id)));
    }

    /** The person's audit trail, oldest first. */
    @GetMapping(path = "/{id}/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Flux<AuditEntryResponse> audit(@PathVariable String id, StaffMember staff) {
        return managingPeople.trail(id, staff)
                .switchIfEmpty(Mono.error(() -> notFound(id)))
                .flatMapMany(entries -> entries.map(AuditEntryResponse::of));
    }

    @ExceptionHandler(OutOfScopeException.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScopeException e) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "out-of-scope", "Outside your jurisdiction", e.getMessage()));
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> concurrent(ConcurrentChangeException e) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Changed at the same time", e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }

    private static ResponseStatusException notFound(String id) {
        ResponseStatusException e = new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no person " + id + ".");
        e.setType(java.net.URI.create(Problems.TYPE_BASE + "person-not-found"));
        e.setTitle("Person not found");
        e.setDetail("There is no person " + id + ".");
        return e;
    }
}
