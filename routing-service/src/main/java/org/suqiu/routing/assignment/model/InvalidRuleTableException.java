package org.suqiu.routing.assignment.model;

import java.util.List;

/** The routing rule table cannot be used as it is; the service refuses to start with it. */
public class InvalidRuleTableException extends RuntimeException {

    private final List<String> problems;

    public InvalidRuleTableException(String source, List<String> problems) {
        super("The routing rule table " + source + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
