package org.suqiu.platform.events;

/**
 * An event that can never be processed as it is (bad JSON, missing CloudEvents attributes, an
 * unknown type). Not retryable: the binder sends it straight to the consumer's dead-letter topic.
 */
public class UndecodableEventException extends RuntimeException {

    public UndecodableEventException(String message) {
        super(message);
    }

    public UndecodableEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
