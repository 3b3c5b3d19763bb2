package org.suqiu.intake.staff.application;

import java.util.Optional;

import org.suqiu.platform.security.JurisdictionScope;

/**
 * Which grievances a staff member may see here (可见范围): those routed into their jurisdiction
 * subtree, and — when that subtree covers the service's home city — those not routed yet, which
 * belong to the whole city until routing places them.
 */
public record StaffReach(JurisdictionScope scope, boolean unrouted) {

    /** The reach of a staff member with this jurisdiction (none without one) in a service whose home is {@code home}. */
    public static Optional<StaffReach> of(Optional<JurisdictionScope> jurisdiction, JurisdictionScope home) {
        return jurisdiction.map(scope -> new StaffReach(scope, scope.covers(home)));
    }
}
