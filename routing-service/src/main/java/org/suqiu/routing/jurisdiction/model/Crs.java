package org.suqiu.routing.jurisdiction.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A coordinate reference system a location may come in: WGS84 (GPS) or GCJ-02 (国测局坐标, what
 * Chinese map apps and WeChat send). Boundaries are kept in each, so no point is ever converted.
 */
public enum Crs {
    WGS84,
    GCJ02;

    /** The CRS named, ignoring case and a dash ({@code GCJ-02}); empty when unknown or missing. */
    public static Optional<Crs> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalised = name.trim().toUpperCase(Locale.ROOT).replace("-", "");
        for (Crs crs : values()) {
            if (crs.name().equals(normalised)) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }
}
