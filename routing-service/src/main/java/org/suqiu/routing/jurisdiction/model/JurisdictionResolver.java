package org.suqiu.routing.jurisdiction.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 属地判定: finds the jurisdiction of a grievance from its location (point in polygon), else from
 * its address text, else from its own text; never guesses between two counties.
 */
public final class JurisdictionResolver {

    private final Jurisdictions jurisdictions;
    private final PointLocator pointLocator;
    private final AddressMatcher addressMatcher;

    public JurisdictionResolver(Jurisdictions jurisdictions, PointLocator pointLocator, AddressMatcher addressMatcher) {
        this.jurisdictions = jurisdictions;
        this.pointLocator = pointLocator;
        this.addressMatcher = addressMatcher;
    }

    public JurisdictionFinding resolve(GeoLocation location, String address, String text) {
        List<JurisdictionStep> steps = new ArrayList<>();
        if (location != null) {
            Optional<Jurisdiction> located = byPoint(location, steps);
            if (located.isPresent()) {
                return found(located.get(), JurisdictionMethod.POINT, steps);
            }
        }
        for (String[] input : new String[][] {{"address", address}, {"text", text}}) {
            if (input[1] == null || input[1].isBlank()) {
                continue;
            }
            AddressMatch match = addressMatcher.match(input[1]);
            steps.add(new JurisdictionStep(JurisdictionMethod.ADDRESS, input[0], outcomeOf(match), detailOf(match),
                    match.found() ? List.of(match.jurisdiction().code()) : match.conflicting(), match.hits()));
            if (match.found()) {
                return found(match.jurisdiction(), JurisdictionMethod.ADDRESS, steps);
            }
        }
        return new JurisdictionFinding(null, null, null, steps);
    }

    private Optional<Jurisdiction> byPoint(GeoLocation location, List<JurisdictionStep> steps) {
        Optional<Crs> crs = Crs.parse(location.crs());
        if (crs.isEmpty()) {
            steps.add(new JurisdictionStep(JurisdictionMethod.POINT, "location", JurisdictionStep.Outcome.SKIPPED,
                    "no boundaries in CRS " + location.crs(), List.of(), List.of()));
            return Optional.empty();
        }
        List<String> codes = pointLocator.locate(location.lat(), location.lng(), crs.get());
        if (codes.size() == 1) {
            Optional<Jurisdiction> jurisdiction = jurisdictions.byCode(codes.get(0));
            steps.add(new JurisdictionStep(JurisdictionMethod.POINT, "location", JurisdictionStep.Outcome.FOUND,
                    "inside the " + crs.get() + " boundary of " + codes.get(0), codes, List.of()));
            return jurisdiction;
        }
        steps.add(new JurisdictionStep(JurisdictionMethod.POINT, "location",
                codes.isEmpty() ? JurisdictionStep.Outcome.NONE : JurisdictionStep.Outcome.AMBIGUOUS,
                codes.isEmpty() ? "outside every " + crs.get() + " boundary" : "on the border of " + String.join(", ", codes),
                codes, List.of()));
        return Optional.empty();
    }

    private JurisdictionFinding found(Jurisdiction jurisdiction, JurisdictionMethod method, List<JurisdictionStep> steps) {
        return new JurisdictionFinding(jurisdiction, jurisdictions.countyOf(jurisdiction).orElse(null), method, steps);
    }

    private static JurisdictionStep.Outcome outcomeOf(AddressMatch match) {
        return switch (match.result()) {
            case FOUND -> JurisdictionStep.Outcome.FOUND;
            case AMBIGUOUS -> JurisdictionStep.Outcome.AMBIGUOUS;
            case NONE -> JurisdictionStep.Outcome.NONE;
        };
    }

    private static String detailOf(AddressMatch match) {
        return switch (match.result()) {
            case FOUND -> "names " + match.jurisdiction().code() + " " + match.jurisdiction().name();
            case AMBIGUOUS -> "names places in different counties: " + String.join(", ", match.conflicting());
            case NONE -> match.hits().isEmpty() ? "names no known place" : "names no county or place below one";
        };
    }
}
