package org.suqiu.notification.alert.model;

import java.util.Map;
import java.util.Objects;

/**
 * Which clock of a case an alert is about: 签收 (ACCEPT), 办结 (RESOLVE), and whatever clocks
 * mediation-service adds later (首次联系 FIRST_CONTACT, 调解 MEDIATION, 司法确认
 * JUDICIAL_CONFIRMATION ...). Kept as its name, so an unknown clock is still an alert, never a
 * dead letter; only its Chinese step falls back to the name.
 */
public final class Deadline {

    public static final Deadline ACCEPT = new Deadline("ACCEPT");
    public static final Deadline RESOLVE = new Deadline("RESOLVE");

    private static final Map<String, String> STEPS = Map.of(
            "ACCEPT", "签收",
            "RESOLVE", "办结",
            "FIRST_CONTACT", "首次联系",
            "MEDIATION", "调解",
            "JUDICIAL_CONFIRMATION", "司法确认");

    private final String name;

    private Deadline(String name) {
        this.name = name;
    }

    /** The clock named {@code name} (any upper-case name: new clocks need no code here). */
    public static Deadline valueOf(String name) {
        if (name == null || !name.matches("[A-Z][A-Z0-9_]{0,63}")) {
            throw new IllegalArgumentException("not a clock name: " + name);
        }
        return new Deadline(name);
    }

    public String name() {
        return name;
    }

    /** The step in Chinese, as in 签收时限 / 应于 … 前签收; the name itself for a clock not known here. */
    public String step() {
        return STEPS.getOrDefault(name, name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadline other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
