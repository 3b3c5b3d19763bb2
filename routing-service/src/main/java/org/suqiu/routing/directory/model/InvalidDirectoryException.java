package org.suqiu.routing.directory.model;

import java.util.List;

/** The unit directory given to the service is unusable (duplicate ids, unknown parents ...). */
public class InvalidDirectoryException extends RuntimeException {

    private final List<String> problems;

    public InvalidDirectoryException(String source, List<String> problems) {
        super("The unit directory " + source + " is invalid (" + problems.size() + " problem"
                + (problems.size() == 1 ? "" : "s") + "):\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
