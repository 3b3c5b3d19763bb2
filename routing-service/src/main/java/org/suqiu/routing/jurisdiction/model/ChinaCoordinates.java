package org.suqiu.routing.jurisdiction.model;

/**
 * GCJ-02 (国测局坐标, what Chinese map apps and WeChat give) to WGS84 (GPS, what the boundaries are
 * kept in), with the published forward transform (Krasovsky ellipsoid, a = 6378245 m,
 * e² = 0.00669342162296594323) inverted by fixed-point iteration: about a millimetre after a few
 * rounds, where a single subtraction of the offset leaves metres. Points outside China carry no
 * offset. The one conversion the service uses.
 */
public final class ChinaCoordinates {

    private static final double A = 6378245.0;
    private static final double EE = 0.00669342162296594323;
    private static final int ROUNDS = 10;
    private static final double TOLERANCE_DEGREES = 1e-9;

    private ChinaCoordinates() {
    }

    /** A point as latitude and longitude in degrees. */
    public record LatLng(double lat, double lng) {
    }

    /** Whether the point lies in the rough box where GCJ-02 differs from WGS84. */
    public static boolean inChina(double lat, double lng) {
        return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
    }

    /** The GCJ-02 coordinates of a WGS84 point (the published transform). */
    public static LatLng wgs84ToGcj02(double lat, double lng) {
        if (!inChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double dLat = transformLat(lng - 105.0, lat - 35.0);
        double dLng = transformLng(lng - 105.0, lat - 35.0);
        double radLat = lat / 180.0 * Math.PI;
        double magic = Math.sin(radLat);
        magic = 1 - EE * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new LatLng(lat + dLat, lng + dLng);
    }

    /** The WGS84 coordinates of a GCJ-02 point: the forward transform inverted by iteration. */
    public static LatLng gcj02ToWgs84(double lat, double lng) {
        if (!inChina(lat, lng)) {
            return new LatLng(lat, lng);
        }
        double wLat = lat;
        double wLng = lng;
        for (int i = 0; i < ROUNDS; i++) {
            LatLng g = wgs84ToGcj02(wLat, wLng);
            double eLat = g.lat() - lat;
            double eLng = g.lng() - lng;
            wLat -= eLat;
            wLng -= eLng;
            if (Math.abs(eLat) < TOLERANCE_DEGREES && Math.abs(eLng) < TOLERANCE_DEGREES) {
                break;
            }
        }
        return new LatLng(wLat, wLng);
    }

    private static double transformLat(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double transformLng(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
