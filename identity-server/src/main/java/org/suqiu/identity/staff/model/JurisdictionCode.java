package org.suqiu.identity.staff.model;

import java.util.Set;

/**
 * 行政区划代码: a division code such as "330400" (嘉兴市), "330483" (桐乡市) or "330483100" (乌镇镇).
 * Province 2, city 4 or 6 (zero-padded), county 6, township 9, village 12 digits.
 */
public record JurisdictionCode(String value) {

    private static final Set<Integer> LENGTHS = Set.of(2, 4, 6, 9, 12);

    public JurisdictionCode {
        if (value == null || !LENGTHS.contains(value.length()) || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a division code (2, 4, 6, 9 or 12 digits): " + value);
        }
    }

    public static JurisdictionCode of(String value) {
        return new JurisdictionCode(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
