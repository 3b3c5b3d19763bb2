package org.suqiu.routing.assignment.model;

import java.util.List;

/** A change of the rule set that was refused, with every reason (answered 422). */
public class InvalidRuleChangeException extends RuntimeException {

    private final List<String> problems;

    public InvalidRuleChangeException(List<String> problems) {
        super("The rule change is refused: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
