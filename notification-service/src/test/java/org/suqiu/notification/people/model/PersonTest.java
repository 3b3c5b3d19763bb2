package org.suqiu.notification.people.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PersonTest {

    private static Person head(List<ContactChannel> channels) {
        return new Person("head-330483-env", "负责人", PersonRole.UNIT_HEAD, "330483-env", "330483", "13800000007",
                "head@suqiu.example", null, channels, 1, null);
    }

    @Test
    void shouldRefuseAPreferredChannelWithoutItsAddress() {
        assertThatThrownBy(() -> head(List.of(ContactChannel.WECHAT))).hasMessageContaining("WECHAT needs an address");
    }

    @Test
    void shouldKeepThePreferredOrderAmongTheChannelsARuleAllows() {
        Person head = head(List.of(ContactChannel.SMS, ContactChannel.INBOX, ContactChannel.EMAIL));

        assertThat(head.channelsAmong(List.of(ContactChannel.EMAIL, ContactChannel.SMS))).containsExactly(ContactChannel.SMS, ContactChannel.EMAIL);
        assertThat(head.channelsAmong(List.of())).containsExactly(ContactChannel.SMS, ContactChannel.INBOX, ContactChannel.EMAIL);
        assertThat(head.addressFor(ContactChannel.INBOX)).contains("head-330483-env");
        assertThat(head.addressFor(ContactChannel.WECHAT)).isEmpty();
    }

    @Test
    void shouldNameTheChangedFieldsButNotTheirValues() {
        Person before = head(List.of(ContactChannel.SMS));
        Person after = new Person(before.id(), before.name(), before.role(), before.unitId(), before.jurisdictionCode(),
                "13800009999", before.email(), null, List.of(ContactChannel.EMAIL, ContactChannel.SMS), 0, null);

        assertThat(before.changedFields(after)).containsExactly("phone", "preferredChannels");
        assertThat(before.replacedBy(after, null).version()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAJurisdictionThatIsNotADivisionCode() {
        assertThatThrownBy(() -> new Person("x", "x", PersonRole.HANDLER, null, "33048", null, null, null, List.of(), 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
