package org.suqiu.contracts;

/**
 * One kind of event: its versioned CloudEvents type, its record, the topic it travels on and where
 * its JSON Schema and sample live on the classpath.
 */
public record EventType(String type, Class<? extends Event> recordType, String topic) {

    /** Classpath location of this event's JSON Schema. */
    public String schemaResource() {
        return "/schemas/" + type + ".schema.json";
    }

    /** Classpath location of this event's sample. */
    public String sampleResource() {
        return "/samples/" + type + ".json";
    }
}
