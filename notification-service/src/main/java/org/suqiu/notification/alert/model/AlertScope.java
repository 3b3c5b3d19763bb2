package org.suqiu.notification.alert.model;

import java.util.Objects;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/**
 * 可见范围: which alerts a staff member may see or act on — those of their own unit, those whose case
 * lies in their jurisdiction subtree, or both (either may be absent). With neither, nothing.
 * Enforced by the store inside its queries and by the live feed on every pushed alert.
 */
public record AlertScope(String unitId, JurisdictionCode jurisdiction) {

    public AlertScope {
        unitId = unitId == null || unitId.isBlank() ? null : unitId;
    }

    /** Nothing at all. */
    public static AlertScope nothing() {
        return new AlertScope(null, null);
    }

    /** The alerts of one unit. */
    public static AlertScope unit(String unitId) {
        return new AlertScope(Objects.requireNonNull(unitId, "unitId"), null);
    }

    /** The alerts whose case lies in {@code area} (or is it). */
    public static AlertScope within(JurisdictionCode area) {
        return new AlertScope(null, Objects.requireNonNull(area, "area"));
    }

    /** This scope widened by another (a member holding several roles). */
    public AlertScope or(AlertScope other) {
        return new AlertScope(unitId != null ? unitId : other.unitId,
                jurisdiction != null ? jurisdiction : other.jurisdiction);
    }

    public boolean isEmpty() {
        return unitId == null && jurisdiction == null;
    }

    public boolean covers(Alert alert) {
        return (unitId != null && unitId.equals(alert.unitId()))
                || (jurisdiction != null && alert.isWithin(jurisdiction));
    }
}
