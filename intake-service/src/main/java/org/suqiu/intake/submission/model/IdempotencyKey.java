package org.suqiu.intake.submission.model;

import java.util.regex.Pattern;

import org.suqiu.contracts.intake.Channel;

/**
 * What makes a submission the same submission again: its channel and the id the channel gave it
 * (a call id, a WeChat MsgId, a Message-ID ...). A repeat of the key is a retry, never a new grievance.
 */
public record IdempotencyKey(Channel channel, String externalId) {

    public static final int MAX_EXTERNAL_ID_LENGTH = 128;
    /** Channel ids are machine ids: no blanks, no slashes, nothing that needs escaping in a URL. */
    public static final String EXTERNAL_ID_PATTERN = "[A-Za-z0-9._:@-]+";

    private static final Pattern EXTERNAL_ID = Pattern.compile(EXTERNAL_ID_PATTERN);

    public IdempotencyKey {
        if (channel == null) {
            throw new IllegalArgumentException("channel is required");
        }
        if (!isValidExternalId(externalId)) {
            throw new IllegalArgumentException("externalId is not a valid channel id");
        }
    }

    public static boolean isValidExternalId(String externalId) {
        return externalId != null && externalId.length() <= MAX_EXTERNAL_ID_LENGTH
                && EXTERNAL_ID.matcher(externalId).matches();
    }

    /** {@code <CHANNEL>:<externalId>}, e.g. {@code WECHAT:wx-msg-7f3a9c21}. */
    public String value() {
        return channel.name() + ":" + externalId;
    }

    @Override
    public String toString() {
        return value();
    }
}
