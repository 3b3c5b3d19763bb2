package org.suqiu.intake.submission.application;

/** The answer to a submission: its receipt and whether it is a replay of an earlier one with the same key. */
public record Acceptance(SubmissionReceipt receipt, boolean replayed) {
}
