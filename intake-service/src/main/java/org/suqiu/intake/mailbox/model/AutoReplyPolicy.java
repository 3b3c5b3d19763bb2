package org.suqiu.intake.mailbox.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 自动回复规则 (RFC 3834): never answer a mail that is itself automatic — {@code Auto-Submitted}
 * other than {@code no}, a bulk/list/junk {@code Precedence}, a mailing list, an empty
 * {@code Return-Path}, {@code X-Auto-Response-Suppress}, or a sender that is a mailer daemon.
 */
public final class AutoReplyPolicy {

    private static final Set<String> DAEMONS = Set.of("mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply");

    private AutoReplyPolicy() {
    }

    /** {@code headers}: header names in lower case → first value. */
    public static boolean isAutomatic(Map<String, String> headers, String fromAddress) {
        String autoSubmitted = lower(headers.get("auto-submitted"));
        if (autoSubmitted != null && !autoSubmitted.startsWith("no")) {
            return true;
        }
        String precedence = lower(headers.get("precedence"));
        if (precedence != null && (precedence.contains("bulk") || precedence.contains("list") || precedence.contains("junk"))) {
            return true;
        }
        if (headers.containsKey("list-id") || headers.containsKey("list-unsubscribe")) {
            return true;
        }
        String returnPath = headers.get("return-path");
        if (returnPath != null && returnPath.replaceAll("\\s", "").equals("<>")) {
            return true;
        }
        String suppress = lower(headers.get("x-auto-response-suppress"));
        if (suppress != null && (suppress.contains("all") || suppress.contains("autoreply"))) {
            return true;
        }
        if (fromAddress == null) {
            return true;
        }
        String local = lower(fromAddress.substring(0, Math.max(0, fromAddress.indexOf('@'))));
        return local == null || DAEMONS.contains(local);
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
