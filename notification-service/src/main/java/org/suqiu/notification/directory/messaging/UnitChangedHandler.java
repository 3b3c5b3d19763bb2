package org.suqiu.notification.directory.messaging;

import java.time.Duration;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.notification.directory.model.Unit;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.ReceivedEvent;
import org.suqiu.platform.events.UndecodableEventException;

/**
 * Keeps the local copy of the unit directory from {@code directory.units} ({@code UnitChanged}):
 * a change is stored only when its version is newer, so redeliveries and reordering change nothing.
 */
public class UnitChangedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(UnitChangedHandler.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(15);

    private final EventCodec codec;
    private final Units units;

    public UnitChangedHandler(EventCodec codec, Units units) {
        this.codec = codec;
        this.units = units;
    }

    @Override
    public void accept(Message<byte[]> message) {
        String type = codec.typeOf(message);
        if (type == null) {
            throw new UndecodableEventException("a record on directory.units has no ce_type");
        }
        if (!UnitChanged.TYPE.equals(type)) {
            log.debug("Ignoring {} on directory.units", type);
            return;
        }
        ReceivedEvent<UnitChanged> event = codec.decode(message, UnitChanged.class);
        UnitChanged changed = event.data();
        Unit unit = new Unit(changed.unitId(), changed.name(), changed.kind() == null ? null : changed.kind().name(),
                changed.jurisdictionCode(), changed.parentUnitId(), changed.escalationContacts(), changed.version(),
                changed.changedAt());
        Boolean stored = units.recordIfNewer(unit).block(STORE_TIMEOUT);
        if (Boolean.TRUE.equals(stored)) {
            log.info("Unit {} now at version {}", unit.unitId(), unit.version());
        } else {
            log.debug("Unit {} version {} is not newer than the copy held; ignored (event {})",
                    unit.unitId(), unit.version(), event.id());
        }
    }
}
