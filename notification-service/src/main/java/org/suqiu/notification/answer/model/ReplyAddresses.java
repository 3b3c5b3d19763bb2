package org.suqiu.notification.answer.model;

import reactor.core.publisher.Mono;

/** The citizens' reply addresses, kept by intake (port). */
public interface ReplyAddresses {

    /** The grievance's reply address; empty when intake does not know the grievance. */
    Mono<ReplyAddress> of(String grievanceId);
}
