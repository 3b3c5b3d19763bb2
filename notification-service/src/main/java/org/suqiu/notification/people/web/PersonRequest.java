package org.suqiu.notification.people.web;

import java.util.List;

import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/people/{id}}: the whole person as it should be. */
public record PersonRequest(
        @NotBlank @Size(max = 100) String name,
        @NotNull @Pattern(regexp = "OPERATOR|INBOX_CLERK|DISPATCHER|HANDLER|MEDIATOR|UNIT_HEAD|SUPERVISOR|ADMIN",
                message = "must be one of HANDLER, MEDIATOR, UNIT_HEAD, SUPERVISOR, DISPATCHER, ADMIN, OPERATOR, INBOX_CLERK")
        String role,
        @Size(max = 100) String unitId,
        @NotNull @Pattern(regexp = "[1-9][0-9]{5}([0-9]{3}){0,2}", message = "must be a division code of 6, 9 or 12 digits, e.g. 330483")
        String jurisdictionCode,
        @Pattern(regexp = "1[3-9][0-9]{9}", message = "must be a mainland mobile number of 11 digits") String phone,
        @Email @Size(max = 200) String email,
        @Pattern(regexp = "[A-Za-z0-9_-]{6,64}", message = "must be a WeChat openid (6-64 letters, digits, _ or -)") String wechatOpenId,
        @Size(max = 4) List<@NotNull @Pattern(regexp = "SMS|EMAIL|WECHAT|INBOX", message = "must be SMS, EMAIL, WECHAT or INBOX") String> preferredChannels) {

    /** Each preferred channel needs its address (SMS a phone, EMAIL an e-mail, WECHAT an openid). */
    @AssertTrue(message = "every preferred channel needs its address: SMS a phone, EMAIL an email, WECHAT a wechatOpenId")
    public boolean isPreferredChannelsReachable() {
        if (preferredChannels == null) {
            return true;
        }
        for (String channel : preferredChannels) {
            if ("SMS".equals(channel) && blank(phone) || "EMAIL".equals(channel) && blank(email)
                    || "WECHAT".equals(channel) && blank(wechatOpenId)) {
                return false;
            }
        }
        return true;
    }

    Person toPerson(String id) {
        return new Person(id, name, PersonRole.valueOf(role), unitId, jurisdictionCode, phone, email, wechatOpenId,
                preferredChannels == null ? List.of() : preferredChannels.stream().map(ContactChannel::valueOf).toList(),
                0, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
