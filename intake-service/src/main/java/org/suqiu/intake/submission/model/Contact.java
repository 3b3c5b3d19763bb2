package org.suqiu.intake.submission.model;

/**
 * How to reach the citizen (联系方式). Personal data: it stays in intake, encrypted at rest, and
 * never travels in events or logs.
 */
public record Contact(String name, String phone, String email) {

    @Override
    public String toString() {
        return "Contact[masked]";
    }
}
