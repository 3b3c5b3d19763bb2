package org.suqiu.mediation.cases.model;

/**
 * Which cases a staff member reaches (办理/督办范围): those of one unit ({@code unitId}), those whose
 * division code lies within a jurisdiction ({@code jurisdiction}, a division code covering its whole
 * subtree), either, or none. Stores put it into their queries; it is never applied after reading.
 */
public record CaseScope(String unitId, String jurisdiction) {

    private static final CaseScope NONE = new CaseScope(null, null);

    public CaseScope {
        unitId = unitId == null || unitId.isBlank() ? null : unitId;
        jurisdiction = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction;
    }

    /** Reaches no case at all. */
    public static CaseScope none() {
        return NONE;
    }

    public static CaseScope ofUnit(String unitId) {
        return new CaseScope(unitId, null);
    }

    public static CaseScope within(String jurisdiction) {
        return new CaseScope(null, jurisdiction);
    }

    /** Whether this scope reaches no case. */
    public boolean isEmpty() {
        return unitId == null && jurisdiction == null;
    }
}
