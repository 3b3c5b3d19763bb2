package org.suqiu.routing.support;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.suqiu.routing.assignment.model.InvalidRuleTableException;
import org.suqiu.routing.directory.model.InvalidDirectoryException;
import org.suqiu.routing.jurisdiction.model.InvalidGazetteerException;

/**
 * Turns a refused rule table, directory or gazetteer into a start-up failure report that lists the
 * problems and says which property to fix, instead of a bean-creation stack trace.
 */
public class InvalidDataFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidRuleTableException) {
                return new FailureAnalysis(t.getMessage(),
                        "Fix the rule table (suqiu.routing.rules.location): one rule per (category, countyCode), "
                                + "each naming a unit of the directory.", t);
            }
            if (t instanceof InvalidDirectoryException) {
                return new FailureAnalysis(t.getMessage(), "Fix the unit directory (suqiu.routing.directory.seed).", t);
            }
            if (t instanceof InvalidGazetteerException) {
                return new FailureAnalysis(t.getMessage(),
                        "Fix the jurisdiction data (suqiu.routing.jurisdiction.divisions and .boundaries).", t);
            }
        }
        return null;
    }
}
