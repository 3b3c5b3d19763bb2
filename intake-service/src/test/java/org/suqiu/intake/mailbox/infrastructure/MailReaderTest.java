package org.suqiu.intake.mailbox.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.suqiu.intake.mailbox.model.IncomingMail;
import org.suqiu.intake.mailbox.model.MalformedMail;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

class MailReaderTest {

    private final MailReader reader = new MailReader(1000);

    @Test
    void shouldPreferThePlainAlternativeOverHtml() throws Exception {
        IncomingMail mail = reader.read(message("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/alternative; boundary=x\r\n\r\n--x\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<p>html</p>\r\n--x\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nplain\r\n--x--\r\n"));
        assertThat(mail.body()).isEqualTo("plain");
    }

    @Test
    void shouldSanitiseHtmlToTextWithoutScripts() {
        assertThat(MailReader.htmlToText("<div>a<script>evil()</script></div><p>b<br>c</p><style>x</style>")).isEqualTo("a\nb\nc");
    }

    @Test
    void shouldRefuseAMailWithoutSender() {
        assertThatThrownBy(() -> reader.read(message("Subject: s\r\n\r\nbody\r\n")))
                .isInstanceOfSatisfying(MalformedMail.class, e -> assertThat(e.reason()).isEqualTo("no-sender"));
    }

    @Test
    void shouldMarkAutoSubmittedMailAsAutomatic() throws Exception {
        assertThat(reader.read(message("From: a@example.com\r\nAuto-Submitted: auto-generated\r\nSubject: s\r\n\r\nb\r\n")).automatic()).isTrue();
        assertThat(reader.read(message("From: a@example.com\r\nAuto-Submitted: no\r\nSubject: s\r\n\r\nb\r\n")).automatic()).isFalse();
        assertThat(reader.read(message("From: a@example.com\r\nPrecedence: bulk\r\nSubject: s\r\n\r\nb\r\n")).automatic()).isTrue();
    }

    @Test
    void shouldReadAttachmentsOnlyUpToOneByteOverTheLimit() throws Exception {
        String big = java.util.Base64.getMimeEncoder().encodeToString(new byte[5000]);
        IncomingMail mail = reader.read(message("From: a@example.com\r\nSubject: s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nbody\r\n--x\r\n"
                + "Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + big + "\r\n--x--\r\n"));
        assertThat(mail.attachments()).hasSize(1);
        assertThat(mail.attachments().get(0).content()).hasSize(1001);
    }

    private static MimeMessage message(String raw) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}
