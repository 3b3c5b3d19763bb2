package org.suqiu.platform.events;

import java.time.Instant;

/** An event as a consumer gets it: its CloudEvents attributes and its typed data. */
public record ReceivedEvent<T>(String id, String type, String source, Instant time, String subject, T data) {
}
