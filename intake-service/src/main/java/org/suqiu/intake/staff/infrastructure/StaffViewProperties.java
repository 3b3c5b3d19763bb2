package org.suqiu.intake.staff.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff views ({@code suqiu.intake.staff.*}): the division code of the city this intake serves;
 * grievances not routed yet are visible to staff whose jurisdiction covers it.
 */
@ConfigurationProperties("suqiu.intake.staff")
public record StaffViewProperties(@DefaultValue("330400") String homeJurisdiction) {
}
