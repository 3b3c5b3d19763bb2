package org.suqiu.intake.submission.application;

import org.suqiu.intake.submission.model.Submission;

import reactor.core.publisher.Mono;

/**
 * Publishes {@code GrievanceReceived} for a submission (port); completes only once the broker has
 * it, errors otherwise. Publishing the same submission again carries the same event id.
 */
public interface ReceivedEvents {

    Mono<Void> publish(Submission submission);
}
