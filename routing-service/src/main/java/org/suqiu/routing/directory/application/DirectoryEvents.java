package org.suqiu.routing.directory.application;

import org.suqiu.routing.directory.model.VersionedUnit;

import reactor.core.publisher.Mono;

/** Tells the other services the current state of a unit (event-carried, on a compacted topic). */
public interface DirectoryEvents {

    /** Completes once the broker has the unit's state; publishing one version twice is harmless. */
    Mono<Void> published(VersionedUnit unit);
}
