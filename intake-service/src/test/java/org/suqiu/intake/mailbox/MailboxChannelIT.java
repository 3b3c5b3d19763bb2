package org.suqiu.intake.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.suqiu.intake.mailbox.model.IncomingMail;
import org.suqiu.intake.mailbox.model.MailIdentity;
import org.suqiu.localinfra.Ports;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The mailbox channel against GreenMail as the real IMAP and SMTP server, with mails built as
 * Chinese mail clients write them (GB2312 labels over GBK text, RFC 2047 B and Q subjects, HTML
 * only, attachments): taken in, answered in the thread, moved; malformed mail quarantined while
 * the poller goes on; the same Message-ID twice is one grievance; automatic mail gets no answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-mailbox-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-mailbox-it",
        "spring.cloud.stream.kafka.bindings.routedEvents-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.lifecycleEvents-in-0.consumer.start-offset=latest",
        "suqiu.intake.mailbox.enabled=true",
        "suqiu.intake.mailbox.host=127.0.0.1",
        "suqiu.intake.mailbox.username=xinxiang",
        "suqiu.intake.mailbox.password=secret",
        "suqiu.intake.mailbox.poll-interval=500ms",
        "suqiu.intake.mailbox.idle-keepalive=3s",
        "suqiu.intake.mailbox.smtp.host=127.0.0.1",
        "suqiu.intake.mailbox.smtp.from=xinxiang@suqiu.local",
        "suqiu.intake.limits.attachment-max-bytes=1MB",
        "suqiu.intake.limits.attachment-max-count=2"})
class MailboxChannelIT {

    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake-mailbox");
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Charset GBK = Charset.forName("GBK");
    private static final int SMTP = Ports.free();
    private static final int IMAP = Ports.free();
    private static final GreenMail mail = startMail();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
        registry.add("suqiu.intake.mailbox.port", () -> IMAP);
        registry.add("suqiu.intake.mailbox.smtp.port", () -> SMTP);
    }

    @Autowired
    MongoDatabase database;
    @Autowired
    FieldCipher cipher;

    @AfterAll
    static void stopMail() {
        mail.stop();
    }

    @Test
    void shouldTakeInAGb2312LabelledMailWithGbkCharactersAnswerInTheThreadAndMoveIt() throws Exception {
        String messageId = messageId();
        String citizen = "citizen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        // 镕 and 喆 are GBK-only: not in GB2312, yet mail clients label such text GB2312
        String subject = "=?GB2312?B?" + b64("关于朱镕基路噪声".getBytes(GBK)) + "?=";
        String raw = "From: =?GB2312?B?" + b64("张喆".getBytes(GBK)) + "?= <" + citizen + ">\r\n"
                + "To: xinxiang@suqiu.local\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=\"GB2312\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString("王喆家楼下的烧烤店每晚营业到两点，油烟和噪声很大。".getBytes(GBK)) + "\r\n";

        send(raw);

        Document stored = awaitSubmission(messageId);
        assertThat(stored.getString("channel")).isEqualTo("MAILBOX");
        assertThat(stored.getString("text")).isEqualTo("关于朱镕基路噪声\n\n王喆家楼下的烧烤店每晚营业到两点，油烟和噪声很大。");
        Document contact = stored.get("contact", Document.class);
        assertThat(cipher.decrypt(contact.getString("email"), "contact.email")).isEqualTo(citizen);
        assertThat(cipher.decrypt(contact.getString("name"), "contact.name")).isEqualTo("张喆");
        assertThat(stored.toJson()).doesNotContain(citizen);

        MimeMessage reply = awaitReplyTo(citizen);
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(messageId);
        assertThat(reply.getHeader("References", null)).contains(messageId);
        assertThat(reply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat((String) reply.getContent()).contains(stored.getString("trackingNo")).contains("查询码");
        await().atMost(WAIT).untilAsserted(() -> assertThat(subjectsIn("Processed")).contains("关于朱镕基路噪声"));
        assertThat(subjectsIn("INBOX")).doesNotContain("关于朱镕基路噪声");
    }

    @Test
    void shouldSanitiseHtmlDecodeQuotedPrintableSubjectsAndKeepAttachmentsWithinTheLimits() throws Exception {
        String messageId = messageId();
        String citizen = "html-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String html = "<html><head><style>p{color:red}</style><script>alert('x')</script></head><body>"
                + "<p>小区电梯&nbsp;坏了</p><div>已经三天<br>没人修</div></body></html>";
        byte[] small = "第一张照片".getBytes(StandardCharsets.UTF_8);
        byte[] alsoSmall = new byte[2000];
        byte[] tooLarge = new byte[1_200_000];
        String raw = "From: " + citizen + "\r\n"
                + "To: xinxiang@suqiu.local\r\n"
                + "Subject: =?UTF-8?Q?" + qp("电梯故障") + "?=\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=GB18030\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(html.getBytes(Charset.forName("GB18030"))) + "\r\n"
                + part("b1", "a.txt", "text/plain", small)
                + part("b1", "big.jpg", "image/jpeg", tooLarge)
                + part("b1", "b.bin", "application/octet-stream", alsoSmall)
                + part("b1", "c.bin", "application/octet-stream", alsoSmall)
                + "--b1--\r\n";

        send(raw);

        Document stored = awaitSubmission(messageId);
        assertThat(stored.getString("text")).isEqualTo("电梯故障\n\n小区电梯 坏了\n已经三天\n没人修");
        List<Document> attachments = stored.getList("attachments", Document.class);
        assertThat(attachments).hasSize(2);
        assertThat(attachments).extracting(a -> a.get("size", Number.class).longValue()).containsExactly((long) small.length, 2000L);
        MimeMessage reply = awaitReplyTo(citizen);
        assertThat((String) reply.getContent()).contains("有2个附件超过大小或数量限制");
    }

    @Test
    void shouldMakeOneGrievanceOfTheSameMessageIdAndAnswerItOnce() throws Exception {
        String messageId = messageId();
        String citizen = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String raw = plain(citizen, messageId, "Street light broken", "The light at gate 3 is out.");

        send(raw);
        awaitSubmission(messageId);
        awaitReplyTo(citizen);
        send(raw);

        await().atMost(WAIT).untilAsserted(() -> assertThat(subjectsIn("Processed").stream()
                .filter("Street light broken"::equals)).hasSize(2));
        assertThat(Mono.from(database.getCollection("submissions").countDocuments(
                Filters.eq("externalId", externalId(messageId)))).block(WAIT)).isEqualTo(1);
        assertThat(repliesTo(citizen)).hasSize(1);
    }

    @Test
    void shouldQuarantineMalformedMailWithTheReasonAndGoOnPolling() throws Exception {
        String broken = "To: xinxiang@suqiu.local\r\nSubject: no sender\r\nMessage-ID: " + messageId() + "\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nhello\r\n";
        String missingBoundary = "From: odd@example.com\r\nTo: xinxiang@suqiu.local\r\nSubject: broken parts\r\nMessage-ID: "
                + messageId() + "\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n"
                + "there is no boundary here at all\r\n";
        String goodId = messageId();
        String good = plain("after-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", goodId,
                "after the broken ones", "still polling");

        append(broken);
        append(missingBoundary);
        send(good);

        awaitSubmission(goodId);
        await().atMost(WAIT).untilAsserted(() -> assertThat(subjectsIn("Quarantine")).contains("no sender", "broken parts"));
        List<Document> quarantined = Flux.from(database.getCollection("mail_records").find(Filters.eq("state", "QUARANTINED")))
                .collectList().block(WAIT);
        assertThat(quarantined).extracting(d -> d.getString("reason")).contains("no-sender", "unreadable");
    }

    @Test
    void shouldNeverAnswerAutomaticMail() throws Exception {
        String messageId = messageId();
        String sender = "robot-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String raw = "From: " + sender + "\r\nTo: xinxiang@suqiu.local\r\nSubject: Out of office\r\nMessage-ID: " + messageId
                + "\r\nAuto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "I am away.\r\n";
        String bounce = "From: MAILER-DAEMON@example.com\r\nTo: xinxiang@suqiu.local\r\nSubject: Undelivered\r\nMessage-ID: "
                + messageId() + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nfailed\r\n";

        send(raw);
        send(bounce);

        awaitSubmission(messageId);
        await().atMost(WAIT).untilAsserted(() -> assertThat(subjectsIn("Processed")).contains("Out of office", "Undelivered"));
        assertThat(repliesTo(sender)).isEmpty();
        assertThat(repliesTo("MAILER-DAEMON@example.com")).isEmpty();
    }

    // ---- helpers

    private static GreenMail startMail() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {new ServerSetup(SMTP, "127.0.0.1", "smtp"),
                new ServerSetup(IMAP, "127.0.0.1", "imap")});
        greenMail.start();
        greenMail.setUser("xinxiang@suqiu.local", "xinxiang", "secret");
        return greenMail;
    }

    private static void send(String raw) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(SMTP));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
        // keep the Message-ID as written (saveChanges would replace it)
        Transport transport = session.getTransport("smtp");
        transport.connect();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } finally {
            transport.close();
        }
    }

    /** Puts a mail straight into the mailbox (IMAP APPEND): for mails no SMTP server would take. */
    private static void append(String raw) throws Exception {
        try (Store store = imap()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.appendMessages(new Message[] {new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)))});
            inbox.close(false);
        }
    }

    private static Store imap() throws Exception {
        Properties properties = new Properties();
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", IMAP, "xinxiang", "secret");
        return store;
    }

    private static List<String> subjectsIn(String folderName) throws Exception {
        try (Store store = imap()) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> subjects = new java.util.ArrayList<>();
            for (Message message : folder.getMessages()) {
                subjects.add(org.suqiu.intake.mailbox.infrastructure.ChineseCharsets.decodeHeader(
                        ((MimeMessage) message).getHeader("Subject", null)));
            }
            folder.close(false);
            return subjects;
        }
    }

    private Document awaitSubmission(String messageId) {
        String externalId = externalId(messageId);
        return await().atMost(WAIT).until(() -> Mono.from(database.getCollection("submissions")
                .find(Filters.eq("externalId", externalId)).first()).block(WAIT), document -> document != null);
    }

    private static MimeMessage awaitReplyTo(String address) {
        return await().atMost(WAIT).until(() -> repliesTo(address), replies -> !replies.isEmpty()).get(0);
    }

    private static List<MimeMessage> repliesTo(String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static String externalId(String messageId) {
        return MailIdentity.externalId(new IncomingMail(messageId, null, "x@example.com", null, null, "", "", List.of(), false));
    }

    private static String plain(String from, String messageId, String subject, String body) {
        return "From: " + from + "\r\nTo: xinxiang@suqiu.local\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n";
    }

    private static String part(String boundary, String name, String type, byte[] content) {
        return "--" + boundary + "\r\nContent-Type: " + type + "; name=\"" + name + "\"\r\nContent-Disposition: attachment; filename=\""
                + name + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(content) + "\r\n";
    }

    private static String messageId() {
        return "<" + UUID.randomUUID() + "@mail.example.com>";
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String qp(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            out.append('=').append(String.format("%02X", b & 0xff));
        }
        return out.toString();
    }
}
