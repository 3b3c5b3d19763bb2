package org.suqiu.intake.submission.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A citizen's phone number reduced to the form we compare (来电号码): digits only, without the
 * country code 86 in front of an 11-digit mobile number, so "+86 139-1234-5678" and "13912345678" match.
 */
public final class PhoneNumber {

    private static final Pattern LAST_FOUR = Pattern.compile("[0-9]{4}");

    private PhoneNumber() {
    }

    /** The normalised number; null for null or a number without digits. */
    public static String normalise(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    /** The last four digits of the normalised number; null when it has fewer. */
    public static String lastFour(String phone) {
        String digits = normalise(phone);
        return digits == null || digits.length() < 4 ? null : digits.substring(digits.length() - 4);
    }

    /** Four digits as typed by the citizen, if they are four digits. */
    public static Optional<String> parseLastFour(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.strip();
        return LAST_FOUR.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
