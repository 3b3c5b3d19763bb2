package org.suqiu.routing.jurisdiction.model;

/** A point as a grievance gives it: latitude, longitude and the name of its CRS (maybe unknown). */
public record GeoLocation(double lat, double lng, String crs) {
}
