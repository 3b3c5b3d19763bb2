package org.suqiu.notification.people.model;

import java.util.Optional;

/** A person's role in the escalation ladder; the names are identity-server's roles (承办人, 负责人, 督查室 ...). */
public enum PersonRole {
    OPERATOR,
    INBOX_CLERK,
    DISPATCHER,
    HANDLER,
    MEDIATOR,
    UNIT_HEAD,
    SUPERVISOR,
    ADMIN;

    /** The role named exactly {@code name}, or empty. */
    public static Optional<PersonRole> parse(String name) {
        for (PersonRole role : values()) {
            if (role.name().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
