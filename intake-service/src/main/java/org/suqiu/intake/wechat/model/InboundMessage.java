package org.suqiu.intake.wechat.model;

import java.util.Map;

/**
 * 推送消息: one message or event WeChat pushed, as its XML fields ({@code ToUserName},
 * {@code FromUserName}, {@code CreateTime}, {@code MsgType}, {@code MsgId}, {@code Content} ...).
 * The sender's openid is personal data: {@code toString} shows only the type and the id.
 */
public record InboundMessage(Map<String, String> fields) {

    public InboundMessage {
        fields = Map.copyOf(fields);
    }

    public String get(String name) {
        return fields.get(name);
    }

    public String toUser() {
        return get("ToUserName");
    }

    public String fromUser() {
        return get("FromUserName");
    }

    public String msgType() {
        return get("MsgType");
    }

    public String event() {
        return get("Event");
    }

    public long createTime() {
        try {
            return Long.parseLong(get("CreateTime"));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * What makes this message the same message again when WeChat retries it: its {@code MsgId},
     * or for events (which have none) the sender, the creation time and the event.
     */
    public String dedupKey() {
        String msgId = get("MsgId");
        if (msgId != null && !msgId.isBlank()) {
            return "msg:" + msgId;
        }
        return "event:" + createTime() + ":" + event();
    }

    @Override
    public String toString() {
        return "InboundMessage[" + msgType() + ", " + dedupKey() + "]";
    }
}
