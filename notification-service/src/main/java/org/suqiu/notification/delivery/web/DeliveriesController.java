package org.suqiu.notification.delivery.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.StaffMember;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;

/**
 * The delivery log (送达记录): every delivery of an alert (by alert id) or of a citizen's answer (by
 * grievance id), with every attempt, status, error and provider id. ADMIN and SUPERVISOR, for cases in
 * their jurisdiction (in the query).
 */
@RestController
@RequestMapping("/api/deliveries")
public class DeliveriesController {

    static final String READERS = "hasAnyRole('ADMIN', 'SUPERVISOR')";

    private final Deliveries deliveries;

    public DeliveriesController(Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** The query of {@code GET /api/deliveries}. */
    public record DeliverySearch(@NotBlank @Size(max = 200) String source,
            @Pattern(regexp = "PENDING|SENDING|SENT|FAILED", message = "must be PENDING, SENDING, SENT or FAILED") String status) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(READERS)
    public Flux<DeliveryResponse> list(@Validated @ModelAttribute DeliverySearch search, StaffMember staff) {
        if (!staff.hasAnyRole(Role.ADMIN, Role.SUPERVISOR) || staff.jurisdiction() == null) {
            return Flux.empty();
        }
        return JurisdictionCode.parse(staff.jurisdiction().code())
                .map(area -> deliveries.ofSource(search.source(), area)
                        .filter(d -> search.status() == null || search.status().isBlank() || d.status().name().equals(search.status()))
                        .map(DeliveryResponse::of))
                .orElse(Flux.empty());
    }
}
