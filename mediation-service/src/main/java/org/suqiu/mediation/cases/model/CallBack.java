package org.suqiu.mediation.cases.model;

import java.time.Instant;

import org.suqiu.contracts.mediation.CallBackRating;

/** 回访: how the citizen rated the answer of one handling round, asked by whom and when. */
public record CallBack(int round, CallBackRating rating, String comment, String by, Instant at) {
}
