package org.suqiu.contracts.intake;

/** The channel a grievance came in by. */
public enum Channel {
    /** 12345 热线: the government service hotline. */
    HOTLINE,
    /** 网上投诉: the citizen web form and the Open311 API. */
    WEB,
    /** 微信公众号: a WeChat official account. */
    WECHAT,
    /** 网上信箱: the online mailbox and e-mail. */
    MAILBOX
}
