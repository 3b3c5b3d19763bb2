package org.suqiu.intake.hotline.application;

import org.suqiu.intake.hotline.model.HotlineDraft;

import reactor.core.publisher.Mono;

/** The operators' drafts, always read within one city (port). */
public interface HotlineDrafts {

    /** Stores a new draft; false when the call already has one. */
    Mono<Boolean> add(HotlineDraft draft);

    /** The draft if it belongs to {@code city}; empty otherwise. */
    Mono<HotlineDraft> find(String draftId, String city);

    /** The draft of that call in {@code city}, if any. */
    Mono<HotlineDraft> findByCall(String callId, String city);

    /** Writes the draft if nobody changed it since it was read (same version); false otherwise. */
    Mono<Boolean> replace(HotlineDraft draft);
}
