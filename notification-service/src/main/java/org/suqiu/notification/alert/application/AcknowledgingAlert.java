package org.suqiu.notification.alert.application;

import java.time.Clock;

import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.Alerts;

import reactor.core.publisher.Mono;

/** 签阅: a supervisor marks an alert as seen; the first acknowledgement stays. */
public class AcknowledgingAlert {

    private final Alerts alerts;
    private final Clock clock;

    public AcknowledgingAlert(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** The alert as it stands after the acknowledgement, or empty when there is no such alert. */
    public Mono<Alert> acknowledge(String alertId, String by) {
        return Mono.defer(() -> alerts.acknowledge(alertId, by, clock.instant()));
    }
}
