package org.suqiu.notification.alert.model;

import reactor.core.publisher.Flux;

/** Where newly raised alerts are announced to whoever listens live (port). */
public interface AlertFeed {

    /** Announces an alert that was just recorded for the first time. Never blocks, never fails the caller. */
    void announce(Alert alert);

    /** Alerts announced from now on. */
    Flux<Alert> live();
}
