package org.suqiu.notification.people.web;

import java.time.Instant;
import java.util.List;

import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.Person;
import org.suqiu.platform.security.Masking;

/** A person as the API shows them: contact addresses masked (138****5678, w***@example.org, oKx1***), never in full. */
public record PersonResponse(String id, String name, String role, String unitId, String jurisdictionCode, String phone,
        String email, String wechatOpenId, List<ContactChannel> preferredChannels, long version, Instant updatedAt) {

    static PersonResponse of(Person p) {
        return new PersonResponse(p.id(), p.name(), p.role().name(), p.unitId(), p.jurisdictionCode(),
                Masking.phone(p.phone()), Masking.email(p.email()), openId(p.wechatOpenId()), p.preferredChannels(),
                p.version(), p.updatedAt());
    }

    static String openId(String openId) {
        if (openId == null) {
            return null;
        }
        return openId.length() <= 8 ? "***" : openId.substring(0, 4) + "***";
    }
}
