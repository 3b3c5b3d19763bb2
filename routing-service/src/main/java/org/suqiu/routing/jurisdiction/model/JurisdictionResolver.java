package org.suqiu.routing.jurisdiction.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 属地判定: finds the jurisdiction of a grievance from its location (point in polygon, GCJ-02
 * points converted to WGS84 first), else from its address text, else from its own text, else the
 * channel's home jurisdiction; names that point to several places are read within the home
 * jurisdiction when exactly one of them lies in it; otherwise never guesses between two counties.
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
        return resolve(location, address, text, null);
    }

    public JurisdictionFinding resolve(GeoLocation location, String address, String text, String homeJurisdiction) {
        Optional<Jurisdiction> home = jurisdictions.byCode(homeJurisdiction == null ? null : homeJurisdiction.trim());
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
            if (match.result() == AddressMatch.Result.AMBIGUOUS && home.isPresent()) {
                List<Jurisdiction> inHome = match.conflicting().stream().map(jurisdictions::byCode).flatMap(Optional::stream)
                        .filter(j -> jurisdictions.contains(home.get(), j)).toList();
                if (inHome.size() == 1) {
                    steps.add(new JurisdictionStep(JurisdictionMethod.ADDRESS, input[0], JurisdictionStep.Outcome.FOUND,
                            "of " + String.join(", ", match.conflicting()) + " only " + inHome.get(0).code()
                                    + " lies in the home jurisdiction " + home.get().code(),
                            List.of(inHome.get(0).code()), List.of()));
                    return found(inHome.get(0), JurisdictionMethod.ADDRESS, steps);
                }
            }
        }
        if (home.isPresent()) {
            steps.add(new JurisdictionStep(JurisdictionMethod.HOME, "homeJurisdiction", JurisdictionStep.Outcome.FOUND,
                    "the channel's home jurisdiction " + home.get().code() + " " + home.get().name(),
                    List.of(home.get().code()), List.of()));
            return found(home.get(), JurisdictionMethod.HOME, steps);
        }
        if (homeJurisdiction != null && !homeJurisdiction.isBlank()) {
            steps.add(new JurisdictionStep(JurisdictionMethod.HOME, "homeJurisdiction", JurisdictionStep.Outcome.NONE,
                    "the home jurisdiction " + homeJurisdiction + " is not in the gazetteer", List.of(), List.of()));
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
        double lat = location.lat();
        double lng = location.lng();
        String converted = "";
        if (crs.get() == Crs.GCJ02) {
            ChinaCoordinates.LatLng wgs84 = ChinaCoordinates.gcj02ToWgs84(lat, lng);
            lat = wgs84.lat();
            lng = wgs84.lng();
            converted = " (GCJ02 converted to WGS84)";
        }
        // the deepest boundaries loaded win: a township polygon inside a county polygon names the township
        List<Jurisdiction> hits = pointLocator.locate(lat, lng, Crs.WGS84).stream().map(jurisdictions::byCode)
                .flatMap(Optional::stream).toList();
        List<String> codes = jurisdictions.mostSpecific(hits).stream().map(Jurisdiction::code).sorted().toList();
        if (codes.size() == 1) {
            Optional<Jurisdiction> jurisdiction = jurisdictions.byCode(codes.get(0));
            steps.add(new JurisdictionStep(JurisdictionMethod.POINT, "location", JurisdictionStep.Outcome.FOUND,
                    "inside the boundary of " + codes.get(0) + converted, codes, List.of()));
            return jurisdiction;
        }
        steps.add(new JurisdictionStep(JurisdictionMethod.POINT, "location",
                codes.isEmpty() ? JurisdictionStep.Outcome.NONE : JurisdictionStep.Outcome.AMBIGUOUS,
                (codes.isEmpty() ? "outside every boundary" : "on the border of " + String.join(", ", codes)) + converted,
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
