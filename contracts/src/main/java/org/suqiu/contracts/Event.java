package org.suqiu.contracts;

/**
 * An event Suqiu publishes. The subject is the CloudEvents {@code subject} and the Kafka key:
 * the grievance id for everything about a grievance or its case, the unit id for the directory.
 */
public interface Event {

    /** The id this event is about; it becomes {@code ce_subject} and the Kafka record key. */
    String subject();
}
