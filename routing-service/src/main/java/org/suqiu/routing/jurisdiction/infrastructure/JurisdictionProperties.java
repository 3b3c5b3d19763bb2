package org.suqiu.routing.jurisdiction.infrastructure;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the gazetteer comes from ({@code suqiu.routing.jurisdiction}): the division codes, the
 * boundaries in each CRS, and the short place names never matched because they are common words.
 */
@ConfigurationProperties("suqiu.routing.jurisdiction")
public record JurisdictionProperties(Resource divisions, Boundaries boundaries, List<String> genericWords) {

    /** One GeoJSON FeatureCollection per CRS; a missing one means points in that CRS are not located. */
    public record Boundaries(Resource wgs84, Resource gcj02) {
    }

    public JurisdictionProperties {
        genericWords = genericWords == null ? List.of() : List.copyOf(genericWords);
        boundaries = boundaries == null ? new Boundaries(null, null) : boundaries;
    }
}
