package org.suqiu.platform.security;

import java.util.Optional;

/**
 * 管辖范围: the subtree of divisions a staff member may see, named by a statistics division code
 * (GB/T 2260 extended): 330000 a province, 330400 a city, 330483 a county, 330483102 a township
 * (乡镇街道), 330483102201 a village. A scope covers its own division and every division below it:
 * 330400 covers every code starting "3304", 330483102 (乌镇镇) covers codes starting "330483102" but
 * not its sibling townships. Twelve-digit statistical codes padded with zeros (330483102000,
 * 330483000000) read as the division they pad. Framework-free, so that services can use it in
 * their models; {@link #regexPrefix()} and {@link #lowerBound()}/{@link #upperBound()} let a
 * repository enforce the scope in the query itself.
 */
public final class JurisdictionScope {

    /** The level of a division, from the province down, with the digits that identify it. */
    public enum Level {
        PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

        private final int significantDigits;

        Level(int significantDigits) {
            this.significantDigits = significantDigits;
        }

        public int significantDigits() {
            return significantDigits;
        }
    }

    private final String code;
    private final Level level;

    private JurisdictionScope(String code, Level level) {
        this.code = code;
        this.level = level;
    }

    /** The scope named by {@code code}; throws {@link IllegalArgumentException} if it is not a division code. */
    public static JurisdictionScope of(String code) {
        return parse(code).orElseThrow(() -> new IllegalArgumentException("Not a division code: '" + code + "'"));
    }

    /** The scope named by {@code raw}, or empty when it is not a division code (blank, not ASCII digits, wrong length). */
    public static Optional<JurisdictionScope> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String code = raw.strip();
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        if (code.length() == 12 && code.endsWith("000")) {
            code = code.substring(0, 9);
        }
        if (code.length() == 9 && code.endsWith("000")) {
            code = code.substring(0, 6);
        }
        return switch (code.length()) {
            case 12 -> Optional.of(new JurisdictionScope(code, Level.VILLAGE));
            case 9 -> Optional.of(new JurisdictionScope(code, Level.TOWNSHIP));
            case 6 -> sixDigits(code);
            default -> Optional.empty();
        };
    }

    /** Whether {@code code} is a division code {@link #parse} accepts. */
    public static boolean isDivisionCode(String code) {
        return parse(code).isPresent();
    }

    private static Optional<JurisdictionScope> sixDigits(String code) {
        if (code.startsWith("00")) {
            return Optional.empty();
        }
        if (code.endsWith("0000")) {
            return Optional.of(new JurisdictionScope(code, Level.PROVINCE));
        }
        if (code.substring(2, 4).equals("00")) {
            // 33 00 83 names no city; a county always sits under a city (or a 省直辖 pseudo-city like 4290)
            return Optional.empty();
        }
        if (code.endsWith("00")) {
            return Optional.of(new JurisdictionScope(code, Level.CITY));
        }
        return Optional.of(new JurisdictionScope(code, Level.COUNTY));
    }

    /** The canonical code: 330400, 330483, 330483102. */
    public String code() {
        return code;
    }

    public Level level() {
        return level;
    }

    /** The digits every covered code starts with: 33, 3304, 330483, 330483102. */
    public String prefix() {
        return code.substring(0, level.significantDigits());
    }

    /**
     * Whether the division {@code code} lies in this scope (is it, or below it). A code that is
     * not a division code is never covered.
     */
    public boolean covers(String code) {
        return parse(code).map(this::covers).orElse(false);
    }

    /** Whether {@code other} lies wholly in this scope. */
    public boolean covers(JurisdictionScope other) {
        return other.prefix().startsWith(prefix());
    }

    /**
     * An anchored regular expression matching every covered code stored in its canonical (or
     * zero-padded) form, e.g. {@code ^330483}: for MongoDB's {@code $regex}, which can use an index
     * for an anchored prefix.
     */
    public String regexPrefix() {
        return "^" + prefix();
    }

    /** The smallest string a covered code can be: the prefix itself ({@code $gte}). */
    public String lowerBound() {
        return prefix();
    }

    /**
     * A string above every covered code ({@code $lt}): the prefix with its last digit raised by one
     * character ("330483" → "330484", "3309" → "330:"), so no decimal carry is ever needed.
     */
    public String upperBound() {
        String prefix = prefix();
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionScope other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
