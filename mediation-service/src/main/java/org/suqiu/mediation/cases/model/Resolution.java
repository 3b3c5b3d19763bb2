package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 办结: who resolved the case, when, and the answer (答复) given to the citizen. Never log the answer. */
public record Resolution(String by, String answer, Instant at) {

    @Override
    public String toString() {
        return "Resolution[" + by + ", " + at + "]";
    }
}
