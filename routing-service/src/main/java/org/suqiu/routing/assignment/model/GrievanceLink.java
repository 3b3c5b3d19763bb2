package org.suqiu.routing.assignment.model;

/**
 * Why a grievance was linked instead of assigned: {@code REPEAT} (重复件: the same citizen again with
 * a similar text) or {@code MERGED} (并单: near-identical texts from different citizens in one
 * jurisdiction within hours), to which earlier grievance, and how similar the texts are (cosine).
 */
public record GrievanceLink(String kind, String linkedGrievanceId, String linkedTrackingNo, double similarity) {
}
