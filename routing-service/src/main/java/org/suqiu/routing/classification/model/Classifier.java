package org.suqiu.routing.classification.model;

/** Gives a grievance its first-level category from its text and the hint it came with. */
public interface Classifier {

    Classification classify(String text, String categoryHint);
}
