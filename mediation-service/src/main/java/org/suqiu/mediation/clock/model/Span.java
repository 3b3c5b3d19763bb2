package org.suqiu.mediation.clock.model;

import java.util.Locale;
import java.util.Objects;

/** A time limit: an amount of a {@link SpanUnit}, written {@code 2h}, {@code 4wh}, {@code 60d}, {@code 5wd} or {@code 30m}. */
public record Span(long amount, SpanUnit unit) {

    public Span {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("a span must be positive");
        }
    }

    /** Parses {@code 30m}, {@code 2h}, {@code 4wh}, {@code 15d}, {@code 5wd}. */
    public static Span parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        String[][] suffixes = {{"wd", "WORKING_DAYS"}, {"wh", "WORKING_HOURS"}, {"d", "DAYS"}, {"h", "HOURS"}, {"m", "MINUTES"}};
        for (String[] suffix : suffixes) {
            if (t.endsWith(suffix[0])) {
                return new Span(Long.parseLong(t.substring(0, t.length() - suffix[0].length())), SpanUnit.valueOf(suffix[1]));
            }
        }
        throw new IllegalArgumentException("not a span: " + text + " (e.g. 2h, 4wh, 15d, 5wd, 30m)");
    }

    public Span withAmount(long newAmount) {
        return new Span(newAmount, unit);
    }

    @Override
    public String toString() {
        return amount + switch (unit) {
            case MINUTES -> "m";
            case HOURS -> "h";
            case WORKING_HOURS -> "wh";
            case DAYS -> "d";
            case WORKING_DAYS -> "wd";
        };
    }
}
