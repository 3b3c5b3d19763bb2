package org.suqiu.routing.directory.messaging;

import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.contracts.routing.UnitKind;
import org.suqiu.platform.events.EventPublisher;
import org.suqiu.routing.directory.application.DirectoryEvents;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.VersionedUnit;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes a unit's state as {@code UnitChanged} (key = unit id) to the {@code units} binding, with
 * the event id {@code <unitId>:v<version>} so that publishing a version again is recognisable.
 */
public class UnitChangedPublisher implements DirectoryEvents {

    static final String BINDING = "units";

    private final EventPublisher publisher;

    public UnitChangedPublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public Mono<Void> published(VersionedUnit versioned) {
        // the send waits for the broker's ack, so keep it off the store's driver threads
        return Mono.<Void>fromRunnable(() -> publisher.publish(BINDING, toEvent(versioned), eventId(versioned)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    static String eventId(VersionedUnit versioned) {
        return versioned.id() + ":v" + versioned.version();
    }

    static UnitChanged toEvent(VersionedUnit versioned) {
        Unit unit = versioned.unit();
        return new UnitChanged(unit.id(), unit.name(), UnitKind.valueOf(unit.kind().name()), unit.jurisdictionCode(),
                unit.parentUnitId(), unit.escalationContacts(), versioned.version(), versioned.changedAt());
    }
}
