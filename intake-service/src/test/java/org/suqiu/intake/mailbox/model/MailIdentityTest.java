package org.suqiu.intake.mailbox.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.intake.submission.model.IdempotencyKey;

class MailIdentityTest {

    @Test
    void shouldGiveTheSameMailTheSameValidChannelId() {
        IncomingMail mail = mail("<abc+1/2@mail.example.com>", "body");
        String id = MailIdentity.externalId(mail);
        assertThat(id).isEqualTo(MailIdentity.externalId(mail("<abc+1/2@mail.example.com>", "other body")));
        assertThat(IdempotencyKey.isValidExternalId(id)).isTrue();
        assertThat(id).doesNotContain("example");
    }

    @Test
    void shouldIdentifyAMailWithoutMessageIdByItsContent() {
        assertThat(MailIdentity.externalId(mail(null, "a"))).isEqualTo(MailIdentity.externalId(mail(" ", "a")))
                .isNotEqualTo(MailIdentity.externalId(mail(null, "b")));
    }

    private static IncomingMail mail(String messageId, String body) {
        return new IncomingMail(messageId, null, "li@example.com", null, null, "主题", body, List.of(), false);
    }
}
