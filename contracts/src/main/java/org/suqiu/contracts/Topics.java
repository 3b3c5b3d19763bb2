package org.suqiu.contracts;

/**
 * Topic names, for tests and tools. Services name their topics in {@code application.yml} only.
 */
public final class Topics {

    public static final String GRIEVANCE_RECEIVED = "grievance.received";
    public static final String GRIEVANCE_ROUTED = "grievance.routed";
    public static final String DIRECTORY_UNITS = "directory.units";
    public static final String CASE_LIFECYCLE = "case.lifecycle";
    public static final String CASE_DEADLINES = "case.deadlines";

    private Topics() {
    }
}
