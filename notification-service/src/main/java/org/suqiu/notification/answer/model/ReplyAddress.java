package org.suqiu.notification.answer.model;

/**
 * Where a citizen is answered (答复), as intake-service keeps it: the channel the grievance came in by
 * (HOTLINE, WEB, WECHAT, MAILBOX) and the addresses it has — phone, e-mail, WeChat openid, and for a
 * letter the Message-ID the answer replies to. Personal data: never logged, sealed when stored.
 */
public record ReplyAddress(String grievanceId, String trackingNo, String channel, String phone, String email,
        String wechatOpenId, String messageId) {
}
