package org.suqiu.intake.submission.model;

/**
 * How to reach the citizen (联系方式): name, phone, e-mail and — for the WeChat channel — the
 * sender's openid in the official account. Personal data: it stays in intake, encrypted at rest,
 * and never travels in events or logs.
 */
public record Contact(String name, String phone, String email, String wechatOpenId) {

    /** A contact without a WeChat openid (the hotline, the web form, the mailbox). */
    public Contact(String name, String phone, String email) {
        this(name, phone, email, null);
    }

    @Override
    public String toString() {
        return "Contact[masked]";
    }
}
