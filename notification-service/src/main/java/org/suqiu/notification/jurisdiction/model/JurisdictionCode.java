package org.suqiu.notification.jurisdiction.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * 行政区划代码: a division code of the national standard (GB/T 2260, extended to townships and
 * villages), in its canonical length: 6 digits for a province (330000), city (330400) or county
 * (330483), 9 for a township (330483102), 12 for a village. Only the leading "meaningful" digits
 * identify a division (33, 3304, 330483, ...); a division contains every code that starts with them.
 */
public final class JurisdictionCode {

    /** The level of a division, from the province down. */
    public enum Level {
        PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

        private final int significantDigits;

        Level(int significantDigits) {
            this.significantDigits = significantDigits;
        }
    }

    private final String value;
    private final Level level;

    private JurisdictionCode(String value, Level level) {
        this.value = value;
        this.level = level;
    }

    /** The code, or empty when {@code raw} is not a division code (blank, not digits, wrong length). */
    public static Optional<JurisdictionCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip();
        if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        // 12-digit statistical codes pad townships and counties with zeros: 330483102000, 330483000000.
        if (code.length() == 12 && code.endsWith("000")) {
            code = code.substring(0, 9);
        }
        if (code.length() == 9 && code.endsWith("000")) {
            code = code.substring(0, 6);
        }
        return switch (code.length()) {
            case 12 -> Optional.of(new JurisdictionCode(code, Level.VILLAGE));
            case 9 -> Optional.of(new JurisdictionCode(code, Level.TOWNSHIP));
            case 6 -> sixDigit(code);
            default -> Optional.empty();
        };
    }

    /** The code; throws {@link IllegalArgumentException} when {@code raw} is not a division code. */
    public static JurisdictionCode of(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("not a division code: " + raw));
    }

    private static Optional<JurisdictionCode> sixDigit(String code) {
        if (code.startsWith("00")) {
            return Optional.empty();
        }
        if (code.endsWith("0000")) {
            return Optional.of(new JurisdictionCode(code, Level.PROVINCE));
        }
        if (code.endsWith("00")) {
            return Optional.of(new JurisdictionCode(code, Level.CITY));
        }
        return Optional.of(new JurisdictionCode(code, Level.COUNTY));
    }

    public String value() {
        return value;
    }

    public Level level() {
        return level;
    }

    /** The digits that identify this division: 3304 for 330400, 330483102 for a township. */
    public String significantDigits() {
        return value.substring(0, level.significantDigits);
    }

    /** The division one level up: village → township → county → city → province; none above a province. */
    public Optional<JurisdictionCode> parent() {
        return switch (level) {
            case VILLAGE -> parse(value.substring(0, 9));
            case TOWNSHIP -> parse(value.substring(0, 6));
            case COUNTY -> parse(value.substring(0, 4) + "00");
            case CITY -> parse(value.substring(0, 2) + "0000");
            case PROVINCE -> Optional.empty();
        };
    }

    /** This division and every division above it, nearest first: 330483102, 330483, 330400, 330000. */
    public List<JurisdictionCode> selfAndAncestors() {
        List<JurisdictionCode> chain = new ArrayList<>();
        Optional<JurisdictionCode> current = Optional.of(this);
        while (current.isPresent()) {
            chain.add(current.get());
            current = current.get().parent();
        }
        return Collections.unmodifiableList(chain);
    }

    /** Whether {@code other} is this division or lies inside it (330400 contains 330483102). */
    public boolean contains(JurisdictionCode other) {
        return other.significantDigits().startsWith(significantDigits());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
