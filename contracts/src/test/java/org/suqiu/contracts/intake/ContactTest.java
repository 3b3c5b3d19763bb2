package org.suqiu.contracts.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Contact is personal data: its string form, and that of events holding it, must not reveal it. */
class ContactTest {

    private final Contact contact = new Contact("李先生", "13900000000", "li.xiansheng@example.com");

    @Test
    void toStringRevealsNoPersonalData() {
        assertThat(contact.toString())
                .doesNotContain("13900000000")
                .doesNotContain("李先生")
                .doesNotContain("li.xiansheng@example.com");
    }

    @Test
    void grievanceReceivedToStringRevealsOnlyIds() {
        GrievanceReceived received = new GrievanceReceived(
                "3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c9d0e42", "SQ20261122K7F3QX", Channel.HOTLINE, "12345-000318",
                "夜间施工噪声扰民", null, "桐乡市乌镇镇北栅街12号", contact, null, Instant.parse("2026-11-22T02:30:00Z"));

        assertThat(received.toString())
                .doesNotContain("13900000000").doesNotContain("李先生").doesNotContain("北栅街").doesNotContain("噪声")
                .contains("SQ20261122K7F3QX");
    }

    @Test
    void equalityStillUsesTheFields() {
        assertThat(contact).isEqualTo(new Contact("李先生", "13900000000", "li.xiansheng@example.com"))
                .isNotEqualTo(new Contact("李先生", "13900000001", "li.xiansheng@example.com"));
    }
}
