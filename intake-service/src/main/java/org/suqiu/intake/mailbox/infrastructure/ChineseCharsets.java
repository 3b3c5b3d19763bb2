package org.suqiu.intake.mailbox.infrastructure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charsets Chinese mail really uses: GB2312 and GBK labels are read as GB18030 (a superset of
 * both — mail labelled GB2312 routinely holds GBK-only characters such as 镕 or 喆), unknown labels
 * as UTF-8; and RFC 2047 encoded words (B and Q), adjacent words joined before decoding so a
 * character split across two words survives.
 */
public final class ChineseCharsets {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([BbQq])\\?([^?\\s]*)\\?=");
    private static final Pattern BETWEEN_WORDS = Pattern.compile("(\\?=)\\s+(=\\?)");

    private ChineseCharsets() {
    }

    public static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return StandardCharsets.US_ASCII;
        }
        String name = label.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        int star = name.indexOf('*');
        if (star > 0) {
            name = name.substring(0, star);
        }
        switch (name) {
            case "gb2312", "gbk", "x-gbk", "cp936", "euc-cn", "x-euc-cn", "gb_2312-80", "csgb2312", "gb18030", "936":
                return GB18030;
            default:
                try {
                    return Charset.forName(name);
                } catch (RuntimeException e) {
                    return StandardCharsets.UTF_8;
                }
        }
    }

    /** A header value with its RFC 2047 encoded words decoded; raw 8-bit headers are taken as UTF-8 or GB18030. */
    public static String decodeHeader(String raw) {
        if (raw == null) {
            return null;
        }
        String unfolded = BETWEEN_WORDS.matcher(raw.replaceAll("\r?\n[ \t]", " ")).replaceAll("$1$2");
        StringBuilder out = new StringBuilder();
        Matcher words = WORD.matcher(unfolded);
        int last = 0;
        String pendingCharset = null;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        while (words.find()) {
            boolean adjacent = words.start() == last;
            if (!adjacent || pendingCharset != null && !pendingCharset.equalsIgnoreCase(words.group(1))) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
            }
            if (!adjacent) {
                out.append(unfolded, last, words.start());
            }
            pendingCharset = words.group(1);
            byte[] bytes = "B".equalsIgnoreCase(words.group(2)) ? base64(words.group(3)) : quoted(words.group(3));
            pending.writeBytes(bytes);
            last = words.end();
        }
        flush(out, pending, pendingCharset);
        out.append(unfolded.substring(last));
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, String charset) {
        if (charset != null && pending.size() > 0) {
            out.append(new String(pending.toByteArray(), forLabel(charset)));
        }
        pending.reset();
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static byte[] quoted(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && i + 2 < text.length()) {
                try {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } catch (NumberFormatException e) {
                    bytes.write(c);
                }
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }
}
