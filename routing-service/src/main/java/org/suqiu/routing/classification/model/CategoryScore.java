package org.suqiu.routing.classification.model;

/** One first-level category and the classifier's probability for it, for the trace and for dispatchers. */
public record CategoryScore(String category, double probability) {
}
