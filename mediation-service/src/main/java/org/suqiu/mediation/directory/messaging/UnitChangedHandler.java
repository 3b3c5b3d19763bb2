package org.suqiu.mediation.directory.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.mediation.StoreRetries;
import org.suqiu.mediation.directory.model.Unit;
import org.suqiu.mediation.directory.model.Units;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.events.UndecodableEventException;

/** Consumes {@code directory.units}: keeps the newest description of each unit (承办单位), ignoring older or repeated ones. */
public class UnitChangedHandler implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(UnitChangedHandler.class);

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
            throw new UndecodableEventException("record without ce_type on directory.units");
        }
        if (!UnitChanged.TYPE.equals(type)) {
            log.debug("Ignoring {} on directory.units", type);
            return;
        }
        UnitChanged changed = codec.decode(message, UnitChanged.class).data();
        Boolean applied = StoreRetries.block(units.apply(new Unit(changed.unitId(), changed.name(), changed.kind(),
                changed.jurisdictionCode(), changed.parentUnitId(), changed.version(), changed.changedAt())),
                "storing unit " + changed.unitId());
        log.debug("Unit {} version {}: {}", changed.unitId(), changed.version(), Boolean.TRUE.equals(applied) ? "applied" : "stale");
    }
}
