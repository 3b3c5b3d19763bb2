package org.suqiu.notification.alert.application;

import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertCriteria;
import org.suqiu.notification.alert.model.AlertFeed;
import org.suqiu.notification.alert.model.Alerts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What supervisors read: the inbox, one alert, and new alerts as they are raised. */
public class ReadingAlerts {

    private final Alerts alerts;
    private final AlertFeed feed;

    public ReadingAlerts(Alerts alerts, AlertFeed feed) {
        this.alerts = alerts;
        this.feed = feed;
    }

    public Flux<Alert> find(AlertCriteria criteria) {
        return alerts.find(criteria);
    }

    public Mono<Alert> byId(String id) {
        return alerts.byId(id);
    }

    /** Alerts raised from now on that match {@code criteria} (its limit does not apply to a live feed). */
    public Flux<Alert> live(AlertCriteria criteria) {
        return feed.live().filter(criteria::matches);
    }
}
