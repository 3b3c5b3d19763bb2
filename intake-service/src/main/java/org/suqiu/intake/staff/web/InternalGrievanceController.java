package org.suqiu.intake.staff.web;

import java.net.URI;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.staff.application.ViewingGrievances;
import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.web.Problems;

import com.fasterxml.jackson.annotation.JsonInclude;

import reactor.core.publisher.Mono;

/**
 * {@code GET /internal/grievances/{grievanceId}/reply-address}: how to reach the citizen (答复渠道),
 * unmasked, for notification-service (a service token with scope {@code suqiu.internal}, any
 * grievance) and administrators (within their jurisdiction). Every read is on the audit trail.
 */
@RestController
public class InternalGrievanceController {

    public static final String INTERNAL_SCOPE = "SCOPE_suqiu.internal";

    private final ViewingGrievances viewing;

    public InternalGrievanceController(ViewingGrievances viewing) {
        this.viewing = viewing;
    }

    /**
     * Where a reply goes: the channel it came in on, the phone, e-mail and WeChat openid given, and
     * for mail the Message-ID to answer in the same thread.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReplyAddress(String grievanceId, String trackingNo, String channel, String name, String phone, String email,
            String wechatOpenId, String messageId) {

        static ReplyAddress of(GrievanceRecord record) {
            var contact = record.contact();
            return new ReplyAddress(record.grievanceId(), record.trackingNo(), record.channel().name(),
                    contact == null ? null : contact.name(), contact == null ? null : contact.phone(),
                    contact == null ? null : contact.email(),
                    contact == null ? null : contact.wechatOpenId(),
                    record.channel() == Channel.MAILBOX ? record.externalId() : null);
        }

        @Override
        public String toString() {
            return "ReplyAddress[" + grievanceId + "]";
        }
    }

    @GetMapping(path = "/internal/grievances/{grievanceId}/reply-address", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ADMIN') or hasAuthority('" + INTERNAL_SCOPE + "')")
    public Mono<ResponseEntity<ReplyAddress>> replyAddress(@PathVariable String grievanceId, StaffMember caller,
            Authentication authentication) {
        boolean platformService = authentication.getAuthorities().stream()
                .anyMatch(authority -> INTERNAL_SCOPE.equals(authority.getAuthority()));
        return viewing.replyAddress(grievanceId, caller, platformService, "GET /internal/grievances/{grievanceId}/reply-address")
                .map(record -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ReplyAddress.of(record)))
                .switchIfEmpty(Mono.error(() -> {
                    ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "No grievance with this id.");
                    notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "grievance-not-found"));
                    notFound.getBody().setTitle("Grievance not found");
                    return notFound;
                }));
    }
}
