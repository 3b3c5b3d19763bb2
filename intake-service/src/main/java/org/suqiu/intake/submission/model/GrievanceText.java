package org.suqiu.intake.submission.model;

/**
 * The citizen's own words (诉求内容). Limits count Unicode code points, so 5,000 Chinese characters or
 * emoji are 5,000, not the UTF-16 units Java's {@code String#length} counts.
 */
public final class GrievanceText {

    public static final int MAX_CODE_POINTS = 5000;

    private GrievanceText() {
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    public static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    public static boolean fitsLimit(String text) {
        return length(text) <= MAX_CODE_POINTS;
    }

    /** Whether a text may be taken in: present and within the limit. */
    public static boolean isAcceptable(String text) {
        return isPresent(text) && fitsLimit(text);
    }
}
