package org.suqiu.notification.people.model;

/** A way to reach someone: 短信 (SMS), e-mail, 微信 (WeChat), or the live inbox of the web console. */
public enum ContactChannel {
    SMS,
    EMAIL,
    WECHAT,
    INBOX
}
