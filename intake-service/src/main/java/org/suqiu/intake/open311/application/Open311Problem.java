package org.suqiu.intake.open311.application;

/** A request Open311 refuses, with the HTTP status and description its error format carries. */
public class Open311Problem extends RuntimeException {

    private final int status;

    public Open311Problem(int status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static Open311Problem badRequest(String description) {
        return new Open311Problem(400, description);
    }

    public static Open311Problem notFound(String description) {
        return new Open311Problem(404, description);
    }
}
