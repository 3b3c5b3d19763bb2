package org.suqiu.notification.jurisdiction.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.suqiu.platform.security.JurisdictionScope;

/**
 * 行政区划代码: a division code of the national standard (GB/T 2260, extended to townships and
 * villages), in its canonical length: 6 digits for a province (330000), city (330400) or county
 * (330483), 9 for a township (330483102), 12 for a village. Only the leading "meaningful" digits
 * identify a division (33, 3304, 330483, ...); a division contains every code that starts with them.
 * Parsing and containment are the platform's {@link JurisdictionScope}; this adds the way up (ancestors).
 */
public final class JurisdictionCode {

    private final JurisdictionScope scope;

    private JurisdictionCode(JurisdictionScope scope) {
        this.scope = scope;
    }

    /** The code, or empty when {@code raw} is not a division code (the platform's rules: blank, not digits, wrong length). */
    public static Optional<JurisdictionCode> parse(String raw) {
        return JurisdictionScope.parse(raw).map(JurisdictionCode::new);
    }

    /** The code; throws {@link IllegalArgumentException} when {@code raw} is not a division code. */
    public static JurisdictionCode of(String raw) {
        return parse(raw).orElseThrow(() -> new IllegalArgumentException("not a division code: " + raw));
    }

    public String value() {
        return scope.code();
    }

    public JurisdictionScope.Level level() {
        return scope.level();
    }

    /** The digits that identify this division: 3304 for 330400, 330483102 for a township. */
    public String significantDigits() {
        return scope.prefix();
    }

    /** The division one level up: village → township → county → city → province; none above a province. */
    public Optional<JurisdictionCode> parent() {
        String value = value();
        return switch (level()) {
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
        return scope.covers(other.scope);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JurisdictionCode other && scope.equals(other.scope);
    }

    @Override
    public int hashCode() {
        return scope.hashCode();
    }

    @Override
    public String toString() {
        return value();
    }
}
