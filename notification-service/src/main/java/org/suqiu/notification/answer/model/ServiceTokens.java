package org.suqiu.notification.answer.model;

import reactor.core.publisher.Mono;

/** Bearer tokens for this service's own calls to other services (port): client credentials at the issuer. */
public interface ServiceTokens {

    Mono<String> token();
}
