package org.suqiu.notification.delivery.model;

/** Why a message goes out: an alert to staff (督办提醒), or the answer to a citizen (答复). */
public enum Purpose {
    ALERT,
    ANSWER
}
