package org.suqiu.routing.jurisdiction.model;

import java.util.Objects;

/**
 * 辖区: one administrative division. Codes are 6 digits down to the county ({@code 330483}) and 9
 * for a township ({@code 330483100}); {@code parentCode} is null at the root of what is loaded.
 */
public record Jurisdiction(String code, String name, JurisdictionLevel level, String parentCode) {

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
    }
}
