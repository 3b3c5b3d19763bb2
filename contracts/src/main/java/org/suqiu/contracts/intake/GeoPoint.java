package org.suqiu.contracts.intake;

/**
 * A point with its coordinate reference system: {@code WGS84} (GPS) or {@code GCJ02} (Chinese map
 * apps and WeChat).
 */
public record GeoPoint(double lat, double lng, String crs) {
}
