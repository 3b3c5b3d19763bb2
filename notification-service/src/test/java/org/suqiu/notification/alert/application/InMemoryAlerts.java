package org.suqiu.notification.alert.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertCriteria;
import org.suqiu.notification.alert.model.AlertScope;
import org.suqiu.notification.alert.model.Alerts;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The alert inbox in a map, for fast tests of the use cases. */
class InMemoryAlerts implements Alerts {

    final Map<String, Alert> byId = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> addIfAbsent(Alert alert) {
        return Mono.fromSupplier(() -> byId.putIfAbsent(alert.id(), alert) == null);
    }

    @Override
    public Mono<Alert> byId(String id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Mono<Alert> byId(String id, AlertScope scope) {
        return byId(id).filter(scope::covers);
    }

    @Override
    public Flux<Alert> find(AlertCriteria criteria, AlertScope scope) {
        return Flux.fromStream(byId.values().stream()
                .filter(scope::covers)
                .filter(criteria::matches)
                .sorted(Comparator.comparing(Alert::createdAt).reversed())
                .limit(criteria.limit()));
    }

    @Override
    public Mono<Alert> acknowledge(String id, String by, Instant at, AlertScope scope) {
        return Mono.justOrEmpty(byId.computeIfPresent(id,
                (key, alert) -> scope.covers(alert) ? alert.acknowledge(by, at) : alert)).filter(scope::covers);
    }

    @Override
    public Mono<Void> scheduleRepeats(String id, Instant firstAt, java.time.Duration every) {
        return Mono.empty();
    }

    @Override
    public Mono<RepeatDue> claimDueRepeat(Instant now) {
        return Mono.empty();
    }
}
