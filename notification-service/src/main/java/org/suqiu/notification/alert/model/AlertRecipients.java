package org.suqiu.notification.alert.model;

import org.suqiu.notification.recipient.model.RecipientResolution;

import reactor.core.publisher.Mono;

/** Who is told about a deadline fact (port): the escalation ladder's answer for its kind, clock and level. */
public interface AlertRecipients {

    Mono<RecipientResolution> resolve(DeadlineSignal signal);
}
