package org.suqiu.routing.jurisdiction.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * 落点定位: finds the jurisdictions whose boundary covers a point, with an R-tree of prepared
 * polygons per CRS. Thread-safe once built.
 */
public final class PointLocator {

    private record Area(String code, PreparedGeometry geometry) {
    }

    private final Map<Crs, STRtree> trees = new EnumMap<>(Crs.class);
    private final GeometryFactory points = new GeometryFactory();

    public PointLocator(Collection<Boundary> boundaries) {
        for (Crs crs : Crs.values()) {
            trees.put(crs, new STRtree());
        }
        for (Boundary boundary : boundaries) {
            trees.get(boundary.crs()).insert(boundary.area().getEnvelopeInternal(),
                    new Area(boundary.jurisdictionCode(), PreparedGeometryFactory.prepare(boundary.area())));
        }
        // building the tree now makes later queries read-only, hence safe from many listener threads
        trees.values().forEach(STRtree::build);
    }

    /**
     * The codes of the boundaries covering the point, sorted: none outside them all, two or more on
     * a shared border.
     */
    public List<String> locate(double lat, double lng, Crs crs) {
        if (!Double.isFinite(lat) || !Double.isFinite(lng)) {
            return List.of();
        }
        Point point = points.createPoint(new Coordinate(lng, lat));
        List<String> found = new ArrayList<>();
        for (Object hit : trees.get(crs).query(point.getEnvelopeInternal())) {
            Area area = (Area) hit;
            if (area.geometry().covers(point) && !found.contains(area.code())) {
                found.add(area.code());
            }
        }
        found.sort(null);
        return found;
    }

    /** How many boundaries are loaded in a CRS. */
    public int size(Crs crs) {
        return trees.get(crs).size();
    }
}
