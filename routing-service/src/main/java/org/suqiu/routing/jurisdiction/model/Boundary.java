package org.suqiu.routing.jurisdiction.model;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/** The area of one jurisdiction in one CRS; x is longitude and y latitude, as in GeoJSON. */
public record Boundary(String jurisdictionCode, Crs crs, Geometry area) {

    public Boundary {
        Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(area, "area");
    }
}
