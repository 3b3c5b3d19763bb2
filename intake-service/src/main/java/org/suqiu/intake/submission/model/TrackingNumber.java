package org.suqiu.intake.submission.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * 受理编号: the number a citizen is given to follow a grievance, {@code SQ} + the date it was received
 * in China (yyyyMMdd) + six random characters of {@code [0-9A-Z]}, e.g. {@code SQ20261122K7F3QX}.
 */
public record TrackingNumber(String value) {

    /** Tracking numbers carry the citizen's calendar date, not UTC's. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String PREFIX = "SQ";
    public static final int RANDOM_LENGTH = 6;
    public static final int LENGTH = PREFIX.length() + 8 + RANDOM_LENGTH;

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("SQ\\d{8}[0-9A-Z]{6}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    public TrackingNumber {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a tracking number");
        }
    }

    /** A new number for a grievance received at {@code receivedAt}; the random part comes from {@code random}. */
    public static TrackingNumber issue(Instant receivedAt, RandomGenerator random) {
        StringBuilder number = new StringBuilder(LENGTH)
                .append(PREFIX)
                .append(DATE.format(receivedAt.atZone(CHINA).toLocalDate()));
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TrackingNumber(number.toString());
    }

    /** What a citizen typed, forgiving surrounding blanks and lower case; empty if it cannot be one. */
    public static Optional<TrackingNumber> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalized = typed.strip().toUpperCase(Locale.ROOT);
        return isWellFormed(normalized) ? Optional.of(new TrackingNumber(normalized)) : Optional.empty();
    }

    /** The date (China time) the grievance was received on. */
    public LocalDate receivedOn() {
        return LocalDate.parse(value.substring(PREFIX.length(), PREFIX.length() + 8), DATE);
    }

    private static boolean isWellFormed(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return false;
        }
        try {
            LocalDate.parse(value.substring(PREFIX.length(), PREFIX.length() + 8), DATE);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
