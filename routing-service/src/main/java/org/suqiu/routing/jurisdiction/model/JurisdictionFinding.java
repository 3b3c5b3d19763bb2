package org.suqiu.routing.jurisdiction.model;

import java.util.List;

/**
 * Where a grievance belongs (属地): the deepest jurisdiction known for certain, its county and the
 * method, with every step tried; all null but the steps when nothing was certain.
 */
public record JurisdictionFinding(Jurisdiction jurisdiction, Jurisdiction county, JurisdictionMethod method,
                                  List<JurisdictionStep> steps) {

    public JurisdictionFinding {
        steps = List.copyOf(steps);
    }

    public boolean found() {
        return jurisdiction != null;
    }
}
