package org.suqiu.routing.jurisdiction.model;

import java.util.List;

/** The division data or the boundaries do not form a usable gazetteer; the service must not start. */
public class InvalidGazetteerException extends RuntimeException {

    private final List<String> problems;

    public InvalidGazetteerException(List<String> problems) {
        super("The jurisdiction data is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "):\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
