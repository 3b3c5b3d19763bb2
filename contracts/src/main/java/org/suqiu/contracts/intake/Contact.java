package org.suqiu.contracts.intake;

/** How to reach the citizen. Personal data: never log it. */
public record Contact(String name, String phone, String email) {

    @Override
    public String toString() {
        return "Contact[masked]";
    }
}
