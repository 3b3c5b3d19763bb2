package org.suqiu.notification.people.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

/**
 * 人员通讯录: a staff member who can be told about a case — their role, unit, jurisdiction, contact
 * addresses and the channels they prefer, in order. The id is identity-server's user id, so a person
 * and their login are one. {@code version} counts the changes (0 before the first store).
 */
public record Person(
        String id,
        String name,
        PersonRole role,
        String unitId,
        String jurisdictionCode,
        String phone,
        String email,
        String wechatOpenId,
        List<ContactChannel> preferredChannels,
        long version,
        Instant updatedAt) {

    public Person {
        requireText(id, "id");
        requireText(name, "name");
        if (role == null) {
            throw new IllegalArgumentException("role is missing");
        }
        if (JurisdictionCode.parse(jurisdictionCode).isEmpty()) {
            throw new IllegalArgumentException("jurisdictionCode '" + jurisdictionCode + "' is not a division code");
        }
        unitId = blankToNull(unitId);
        phone = blankToNull(phone);
        email = blankToNull(email);
        wechatOpenId = blankToNull(wechatOpenId);
        preferredChannels = preferredChannels == null ? List.of() : List.copyOf(new LinkedHashSet<>(preferredChannels));
        for (ContactChannel channel : preferredChannels) {
            if (channel != ContactChannel.INBOX && addressFor(channel, phone, email, wechatOpenId).isEmpty()) {
                throw new IllegalArgumentException("preferred channel " + channel + " needs an address");
            }
        }
    }

    public JurisdictionCode jurisdiction() {
        return JurisdictionCode.of(jurisdictionCode);
    }

    /** Where {@code channel} reaches this person; the person's id for the inbox; empty without an address. */
    public Optional<String> addressFor(ContactChannel channel) {
        return channel == ContactChannel.INBOX ? Optional.of(id) : addressFor(channel, phone, email, wechatOpenId);
    }

    /** The preferred channels that {@code allowed} admits, in the person's order. */
    public List<ContactChannel> channelsAmong(List<ContactChannel> allowed) {
        List<ContactChannel> channels = new ArrayList<>();
        for (ContactChannel channel : preferredChannels) {
            if (allowed == null || allowed.isEmpty() || allowed.contains(channel)) {
                channels.add(channel);
            }
        }
        return channels;
    }

    /** The same person as changed by an administrator, one version on. */
    public Person replacedBy(Person changed, Instant at) {
        return new Person(id, changed.name, changed.role, changed.unitId, changed.jurisdictionCode, changed.phone,
                changed.email, changed.wechatOpenId, changed.preferredChannels, version + 1, at);
    }

    /** The names of the fields that differ from {@code other} (for the audit trail, never the values). */
    public List<String> changedFields(Person other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "name", name, other.name);
        compare(changed, "role", role, other.role);
        compare(changed, "unitId", unitId, other.unitId);
        compare(changed, "jurisdictionCode", jurisdictionCode, other.jurisdictionCode);
        compare(changed, "phone", phone, other.phone);
        compare(changed, "email", email, other.email);
        compare(changed, "wechatOpenId", wechatOpenId, other.wechatOpenId);
        compare(changed, "preferredChannels", preferredChannels, other.preferredChannels);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object a, Object b) {
        if (a == null ? b != null : !a.equals(b)) {
            changed.add(field);
        }
    }

    private static Optional<String> addressFor(ContactChannel channel, String phone, String email, String openId) {
        return Optional.ofNullable(switch (channel) {
            case SMS -> phone;
            case EMAIL -> email;
            case WECHAT -> openId;
            case INBOX -> null;
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}
