package org.suqiu.intake.submission.model;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * 查询码: the six-character code handed to the citizen once with the tracking number; with it (or
 * the last four digits of the phone given) the citizen may follow the grievance. Stored only as a hash.
 */
public final class ReceiptCode {

    public static final int LENGTH = 6;
    /** No 0/O, 1/I/L: the citizen reads it off a screen or hears it on the phone. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");

    private ReceiptCode() {
    }

    public static String issue(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed (any case, surrounding blanks), if it could be one. */
    public static Optional<String> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        return FORMAT.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }
}
