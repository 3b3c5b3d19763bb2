package org.suqiu.routing.jurisdiction.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.Resource;
import org.suqiu.routing.jurisdiction.model.Boundary;
import org.suqiu.routing.jurisdiction.model.Crs;
import org.suqiu.routing.jurisdiction.model.InvalidGazetteerException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection of (Multi)Polygons into boundaries, each feature's jurisdiction
 * code taken from its {@code adcode} property. Coordinates are used as they are, in the CRS given.
 */
public final class BoundaryImport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private BoundaryImport() {
    }

    public static List<Boundary> read(Resource resource, Crs crs) {
        String location = resource.getDescription();
        JsonNode collection;
        try (InputStream in = resource.getInputStream()) {
            collection = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        } catch (JacksonException e) {
            throw new InvalidGazetteerException(List.of(location + " is not JSON: " + e.getOriginalMessage()));
        }
        JsonNode features = collection.path("features");
        if (!"FeatureCollection".equals(collection.path("type").asString("")) || !features.isArray()) {
            throw new InvalidGazetteerException(List.of(location + " is not a GeoJSON FeatureCollection"));
        }
        List<Boundary> boundaries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode feature = features.get(i);
            String code = feature.path("properties").path("adcode").asString("");
            try {
                if (code.isBlank()) {
                    throw new IllegalArgumentException("no adcode property");
                }
                boundaries.add(new Boundary(code, crs, geometry(feature.path("geometry"))));
            } catch (IllegalArgumentException e) {
                problems.add(location + " feature " + i + (code.isBlank() ? "" : " (" + code + ")") + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidGazetteerException(problems);
        }
        return boundaries;
    }

    private static Geometry geometry(JsonNode geometry) {
        JsonNode coordinates = geometry.path("coordinates");
        return switch (geometry.path("type").asString("")) {
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i));
                }
                yield GEOMETRIES.createMultiPolygon(polygons);
            }
            default -> throw new IllegalArgumentException("geometry type '" + geometry.path("type").asString("")
                    + "' is not Polygon or MultiPolygon");
        };
    }

    private static Polygon polygon(JsonNode rings) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon without rings");
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRIES.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int i = 0; i < coordinates.length; i++) {
            JsonNode position = positions.get(i);
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw new IllegalArgumentException("a position that is not [lng, lat]");
            }
            coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
        }
        // LinearRing itself refuses rings that are not closed or have fewer than 4 positions
        return GEOMETRIES.createLinearRing(coordinates);
    }
}
