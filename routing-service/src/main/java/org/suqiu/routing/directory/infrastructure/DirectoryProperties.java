package org.suqiu.routing.directory.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The unit directory ({@code suqiu.routing.directory}): {@code seed} is the CSV of units stored and
 * published at start-up ({@code unitId,name,kind,jurisdictionCode,parentUnitId,escalationContacts},
 * contacts separated by {@code |}).
 */
@ConfigurationProperties("suqiu.routing.directory")
public record DirectoryProperties(Resource seed) {
}
