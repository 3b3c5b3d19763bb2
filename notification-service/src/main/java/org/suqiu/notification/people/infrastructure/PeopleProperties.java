package org.suqiu.notification.people.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * {@code suqiu.notification.people}: the CSV the directory is seeded from at start-up (people
 * missing from the store are added, present ones are left as the administrators changed them);
 * none when unset.
 */
@ConfigurationProperties("suqiu.notification.people")
public record PeopleProperties(Resource seed) {
}
