package org.suqiu.notification.people.web;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.people.model.PersonRole;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The query parameters of {@code GET /api/people}. */
public record PeopleSearch(
        @Pattern(regexp = "[1-9][0-9]{5}([0-9]{3}){0,2}", message = "must be a division code of 6, 9 or 12 digits, e.g. 330483")
        String jurisdiction,
        @Pattern(regexp = "OPERATOR|INBOX_CLERK|DISPATCHER|HANDLER|MEDIATOR|UNIT_HEAD|SUPERVISOR|ADMIN", message = "must be a role, e.g. UNIT_HEAD")
        String role,
        @Size(max = 100) String unitId,
        @Min(1) @Max(500) Integer limit) {

    JurisdictionCode area() {
        return jurisdiction == null || jurisdiction.isBlank() ? null : JurisdictionCode.of(jurisdiction);
    }

    PersonRole personRole() {
        return role == null || role.isBlank() ? null : PersonRole.valueOf(role);
    }

    String unitIdOrNull() {
        return unitId == null || unitId.isBlank() ? null : unitId;
    }

    int limitOrDefault() {
        return limit == null ? 100 : limit;
    }
}
