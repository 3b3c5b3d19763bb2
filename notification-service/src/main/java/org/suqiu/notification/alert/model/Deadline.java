package org.suqiu.notification.alert.model;

/** Which clock of a case an alert is about: 签收 (accept) or 办结 (resolve). */
public enum Deadline {
    ACCEPT("签收"),
    RESOLVE("办结");

    private final String step;

    Deadline(String step) {
        this.step = step;
    }

    /** The step in Chinese, as in 签收时限 / 应于 … 前签收. */
    public String step() {
        return step;
    }
}
