package org.suqiu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOpened;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.contracts.mediation.CaseResolved;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.contracts.routing.UnitChanged;
import org.suqiu.contracts.routing.UnitKind;
import org.suqiu.localinfra.testing.RawRecords;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.notification.stubs.IntakeStub;
import org.suqiu.notification.stubs.SmsGatewayStub;
import org.suqiu.notification.stubs.WeChatStub;
import org.suqiu.platform.events.CloudEventHeaders;
import org.suqiu.platform.events.EventCodec;
import org.suqiu.platform.security.Role;

import org.bson.Document;

import com.icegreen.greenmail.util.GreenMail;
import com.mongodb.reactivestreams.client.MongoDatabase;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Escalation and delivery against real protocol peers: GreenMail (SMTP), and local HTTP servers
 * speaking the SMS gateway's, WeChat's and intake's APIs that fail, hang and recover on command —
 * with the real Kafka broker and MongoDB-wire server. The "done when", as tests.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.caseDeadlines-in-0.group=notification-service-delivery",
        "spring.cloud.stream.bindings.caseLifecycle-in-0.group=notification-service-delivery",
        "spring.cloud.stream.bindings.directoryUnits-in-0.group=notification-service-delivery"})
class DeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant DUE = Instant.parse("2026-11-22T02:32:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final String ADMIN = issuer.token("admin-zj", List.of(Role.ADMIN), null, "330000");
    private static final String LIFECYCLE_DLQ = "case.lifecycle.notification-service.dlq";
    private static final String TRACKING_URL = "https://12345.jiaxing.example/track/";

    static final GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final SmsGatewayStub sms = new SmsGatewayStub("sms-key", "sms-secret");
    static final WeChatStub wechat = new WeChatStub("wx-app", "wx-secret");
    static final IntakeStub intake = new IntakeStub("notification-service", "svc-secret");

    static {
        mail.start();
    }

    /** Everything a notification-service instance of these tests needs, over database {@code db}. */
    static Map<String, String> settings(String db) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("spring.cloud.stream.kafka.binder.brokers", SharedInfrastructure.kafka().bootstrapServers());
        s.put("spring.mongodb.uri", SharedInfrastructure.mongo().uri(db));
        s.put("suqiu.security.enabled", "true");
        s.put("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer.issuerUri());
        s.put("spring.mail.host", "127.0.0.1");
        s.put("spring.mail.port", Integer.toString(mail.getSmtp().getPort()));
        s.put("spring.mail.properties.mail.smtp.timeout", "5000");
        s.put("suqiu.notification.channels.sms.enabled", "true");
        s.put("suqiu.notification.channels.sms.base-url", sms.baseUrl());
        s.put("suqiu.notification.channels.sms.access-key-id", "sms-key");
        s.put("suqiu.notification.channels.sms.access-key-secret", "sms-secret");
        s.put("suqiu.notification.channels.email.enabled", "true");
        s.put("suqiu.notification.channels.wechat.enabled", "true");
        s.put("suqiu.notification.channels.wechat.base-url", wechat.baseUrl());
        s.put("suqiu.notification.channels.wechat.app-id", "wx-app");
        s.put("suqiu.notification.channels.wechat.app-secret", "wx-secret");
        s.put("suqiu.notification.channels.wechat.alert-template-id", "TPL-ALERT");
        for (String channel : List.of("sms", "email", "wechat")) {
            String r = "suqiu.notification.channels." + channel + ".resilience.";
            // generous: this machine is shared; the hanging gateway still times out in seconds
            s.put(r + "timeout", channel.equals("email") ? "10s" : "2s");
            s.put(r + "max-attempts", "2");
            s.put(r + "backoff", "50ms");
            s.put(r + "window", "4");
            s.put(r + "minimum-calls", "2");
            s.put(r + "open-for", "1s");
        }
        s.put("suqiu.notification.delivery.poll-interval", "200ms");
        s.put("suqiu.notification.delivery.retry-first", "300ms");
        s.put("suqiu.notification.delivery.retry-max", "1s");
        s.put("suqiu.notification.delivery.lease", "10s");
        s.put("suqiu.notification.intake.base-url", intake.baseUrl());
        s.put("suqiu.notification.service-client.token-uri", intake.tokenUri());
        s.put("suqiu.notification.service-client.client-secret", "svc-secret");
        s.put("suqiu.notification.tracking-url", TRACKING_URL);
        rule(s, 0, "DEADLINE_APPROACHING", 0, "HANDLER", null);
        rule(s, 1, "OVERDUE", 1, "UNIT_HEAD", null);
        rule(s, 2, "OVERDUE", 2, "SUPERVISORS", "1s");
        rule(s, 3, "OVERDUE", 3, "SUPERVISORS_ABOVE", null);
        return s;
    }

    private static void rule(Map<String, String> s, int i, String kind, int level, String recipients, String repeatEvery) {
        String p = "suqiu.notification.escalation.rules[" + i + "].";
        s.put(p + "kind", kind);
        s.put(p + "level", Integer.toString(level));
        s.put(p + "recipients", recipients);
        s.put(p + "urgent", "true");
        if (repeatEvery != null) {
            s.put(p + "repeat-every", repeatEvery);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        settings(SharedInfrastructure.uniqueDatabase("notification-delivery")).forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    @Autowired
    EventCodec codec;

    @Autowired
    MongoDatabase database;

    WebTestClient web;

    @BeforeEach
    void client() {
        sms.recover();
        wechat.recover();
        intake.recover();
        web = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(PATIENCE)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + ADMIN).build();
    }

    @AfterAll
    static void stopPeers() {
        mail.stop();
        sms.close();
        wechat.close();
        intake.close();
    }

    @Test
    void shouldReachTheUnitHeadByEmailWhileTheSmsGatewayFailsAndSendTheSmsOnceWhenItRecovers() throws Exception {
        sms.fail();
        TestCase c = TestCase.of("330483", "330483-env");

        send(Topics.CASE_DEADLINES, c.overdue(1), "ce-" + c.caseId());

        MimeMessage email = await().atMost(PATIENCE).until(() -> mailsAbout(c.trackingNo()), list -> !list.isEmpty()).get(0);
        assertThat(recipientsOf(email)).containsExactly("head-330483-env@suqiu.example");
        assertThat(body(email)).contains("【超期】" + c.trackingNo());
        assertThat(sms.sentFor(c.trackingNo())).isEmpty();

        sms.recover();

        await().atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        await().during(Duration.ofMillis(1500)).atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        SmsGatewayStub.Sms sent = sms.sentFor(c.trackingNo()).get(0);
        assertThat(sent.phone()).isEqualTo("13800000007");
        assertThat(sent.templateCode()).isEqualTo("SMS_ALERT");
        assertThat(sms.requestsFor(sent.outId())).as("requests that reached the recovered gateway").isEqualTo(1);
        assertThat(mailsAbout(c.trackingNo())).hasSize(1);

        List<JsonNode> log = deliveries(c.alertId(1));
        JsonNode smsDelivery = only(log, "SMS");
        assertThat(smsDelivery.get("status").asString()).isEqualTo("SENT");
        assertThat(smsDelivery.get("destination").asString()).isEqualTo("138****0007");
        assertThat(smsDelivery.get("providerId").asString()).isEqualTo(sent.bizId());
        List<String> outcomes = smsDelivery.get("attempts").valueStream().map(a -> a.get("outcome").asString()).toList();
        assertThat(outcomes).hasSizeGreaterThanOrEqualTo(2).endsWith("SENT").startsWith("UNAVAILABLE");
        assertThat(only(log, "EMAIL").get("status").asString()).isEqualTo("SENT");
    }

    @Test
    void shouldTimeOutAHangingGatewayFallBackToEmailAndSendTheSmsOnceItAnswersAgain() {
        sms.hang();
        TestCase c = TestCase.of("330483", "330483-env");

        send(Topics.CASE_DEADLINES, c.overdue(1), "ce-" + c.caseId());

        await().atMost(PATIENCE).until(() -> mailsAbout(c.trackingNo()), list -> list.size() == 1);
        assertThat(sms.sentFor(c.trackingNo())).isEmpty();
        JsonNode smsDelivery = only(deliveries(c.alertId(1)), "SMS");
        assertThat(smsDelivery.get("lastError").asString()).containsAnyOf("Timeout", "timeout", "CallNotPermitted", "Bulkhead");

        sms.recover();

        await().atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        await().during(Duration.ofMillis(1500)).atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        assertThat(sms.requestsFor(sms.sentFor(c.trackingNo()).get(0).outId())).isEqualTo(1);
    }

    @Test
    void shouldRepeatAnUnacknowledgedAlertUntilASupervisorAcknowledgesIt() {
        TestCase c = TestCase.of("330483", "330483-env");

        send(Topics.CASE_DEADLINES, c.overdue(2), "ce-" + c.caseId());

        await().atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() >= 2);
        assertThat(sms.sentFor(c.trackingNo())).allSatisfy(s -> assertThat(s.phone()).isEqualTo("13800000010"));
        web.post().uri("/api/alerts/{id}/acknowledge", c.alertId(2))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + issuer.token("sup-330483", List.of(Role.SUPERVISOR), null, "330483"))
                .exchange().expectStatus().isOk();
        int atAcknowledgement = sms.sentFor(c.trackingNo()).size();

        // a repeat claimed just before the acknowledgement may still go out; none after it
        await().during(Duration.ofSeconds(3)).atMost(PATIENCE)
                .until(() -> sms.sentFor(c.trackingNo()).size() <= atAcknowledgement + 1);
        List<JsonNode> log = deliveries(c.alertId(2));
        assertThat(log).extracting(d -> d.get("round").asInt()).contains(0, 1);
        assertThat(log).extracting(d -> d.get("recipientId").asString()).containsOnly("sup-330483");
    }

    @Test
    void shouldSendTheHandlerAWeChatTemplateMessageOnceWhenADeadlineApproachesAndRefreshAnExpiredToken() {
        TestCase first = TestCase.of("330483", "330483-env");
        send(Topics.CASE_DEADLINES, first.approaching(), "ce-" + first.caseId());
        await().atMost(PATIENCE).until(() -> templatesAbout(first.trackingNo()).size() == 1);
        int tokens = wechat.tokensIssued();
        wechat.revokeTokens();
        TestCase second = TestCase.of("330483", "330483-env");

        send(Topics.CASE_DEADLINES, second.approaching(), "ce-" + second.caseId());
        send(Topics.CASE_DEADLINES, second.approaching(), "ce-again-" + second.caseId());

        await().atMost(PATIENCE).until(() -> templatesAbout(second.trackingNo()).size() == 1);
        WeChatStub.WeChatMessage message = templatesAbout(second.trackingNo()).get(0);
        assertThat(message.toUser()).isEqualTo("oDemoHandler330483env");
        assertThat(message.body().path("template_id").asString()).isEqualTo("TPL-ALERT");
        assertThat(message.body().path("client_msg_id").asString()).isEqualTo(only(deliveries(second.alertId(0)), "WECHAT").get("id").asString());
        assertThat(message.body().at("/data/keyword2/value").asString()).startsWith("【临期】" + second.trackingNo());
        assertThat(wechat.tokensIssued()).isGreaterThan(tokens);
        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> templatesAbout(second.trackingNo()).size() == 1);
    }

    @Test
    void shouldAnswerACitizenOfEachChannelOnTheirOwnChannelOnce() throws Exception {
        String unit = "330483-citizens-" + UUID.randomUUID().toString().substring(0, 6);
        send(Topics.DIRECTORY_UNITS, new UnitChanged(unit, "桐乡市测试单位", UnitKind.LINE_DEPARTMENT, "330483", "330483-gov",
                List.of(), 1, DUE), "unit-" + unit);
        await().atMost(PATIENCE).until(() -> Mono.from(database.getCollection("units").find(new Document("_id", unit)).first())
                .blockOptional(PATIENCE).isPresent());
        TestCase hotline = TestCase.of("330483", unit);
        TestCase wechatUser = TestCase.of("330483", unit);
        TestCase letter = TestCase.of("330483", unit);
        TestCase web = TestCase.of("330483", unit);
        intake.address(hotline.grievanceId(), address(hotline, "HOTLINE", "\"phone\":\"13912345678\""));
        intake.address(wechatUser.grievanceId(), address(wechatUser, "WECHAT", "\"wechatOpenId\":\"oCitizen0001xyz\""));
        intake.address(letter.grievanceId(), address(letter, "MAILBOX",
                "\"email\":\"letter.writer@example.org\",\"messageId\":\"<letter-" + letter.grievanceId() + "@mail.example.org>\""));
        intake.address(web.grievanceId(), address(web, "WEB", "\"email\":\"web.user@example.org\""));

        for (TestCase c : List.of(hotline, wechatUser, letter, web)) {
            send(Topics.CASE_LIFECYCLE, c.resolved(), "ce-resolved-" + c.caseId());
            send(Topics.CASE_LIFECYCLE, c.resolved(), "ce-resolved-again-" + c.caseId());
        }

        await().atMost(PATIENCE).until(() -> sms.sentFor(hotline.trackingNo()).size() == 1);
        SmsGatewayStub.Sms text = sms.sentFor(hotline.trackingNo()).get(0);
        assertThat(text.phone()).isEqualTo("13912345678");
        assertThat(text.templateCode()).isEqualTo("SMS_ANSWER");
        assertThat(text.params().path("answer").asString()).isEqualTo(hotline.answer());
        assertThat(text.params().path("link").asString()).isEqualTo(TRACKING_URL + hotline.trackingNo());

        WeChatStub.WeChatMessage custom = await().atMost(PATIENCE)
                .until(() -> customMessagesTo("oCitizen0001xyz"), list -> !list.isEmpty()).get(0);
        assertThat(custom.body().path("msgtype").asString()).isEqualTo("text");
        assertThat(custom.body().at("/text/content").asString()).contains(wechatUser.answer(), TRACKING_URL + wechatUser.trackingNo());

        MimeMessage reply = await().atMost(PATIENCE).until(() -> mailsAbout(letter.trackingNo()), list -> !list.isEmpty()).get(0);
        assertThat(recipientsOf(reply)).containsExactly("letter.writer@example.org");
        assertThat(reply.getSubject()).startsWith("Re: ");
        assertThat(reply.getHeader("In-Reply-To")).containsExactly("<letter-" + letter.grievanceId() + "@mail.example.org>");
        assertThat(reply.getHeader("References")).containsExactly("<letter-" + letter.grievanceId() + "@mail.example.org>");
        assertThat(body(reply)).contains(letter.answer(), TRACKING_URL + letter.trackingNo());

        MimeMessage webMail = await().atMost(PATIENCE).until(() -> mailsAbout(web.trackingNo()), list -> !list.isEmpty()).get(0);
        assertThat(recipientsOf(webMail)).containsExactly("web.user@example.org");

        await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> sms.sentFor(hotline.trackingNo()).size() == 1
                && customMessagesTo("oCitizen0001xyz").size() == 1 && mailsAbout(letter.trackingNo()).size() == 1
                && mailsAbout(web.trackingNo()).size() == 1);
        assertThat(only(deliveries(hotline.grievanceId()), "SMS").get("destination").asString()).isEqualTo("139****5678");
    }

    @Test
    void shouldDeadLetterAnUnreadableCaseResolvedIgnoreOtherLifecycleTypesAndStillAnswerTheNext() {
        TestCase c = TestCase.of("330483", "330483-env");
        intake.address(c.grievanceId(), address(c, "HOTLINE", "\"phone\":\"13912340000\""));
        String poisonId = "poison-" + c.caseId();
        String openedId = "opened-" + c.caseId();
        try (TopicProbe deadLetters = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), LIFECYCLE_DLQ)) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(CloudEventHeaders.SPEC_VERSION, "1.0");
            headers.put(CloudEventHeaders.ID, poisonId);
            headers.put(CloudEventHeaders.SOURCE, "/suqiu/mediation-service");
            headers.put(CloudEventHeaders.TYPE, CaseResolved.TYPE);
            headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
            RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), Topics.CASE_LIFECYCLE, c.grievanceId(), headers,
                    "{\"caseId\": \"C-1\", \"answer\": ");
            send(Topics.CASE_LIFECYCLE, new CaseOpened(c.caseId(), c.grievanceId(), c.trackingNo(), c.unitId(), "单位", "330483",
                    "环境保护", DUE, DUE, DUE), openedId);
            send(Topics.CASE_LIFECYCLE, c.resolved(), "ce-resolved-" + c.caseId());

            await().atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(deadLetters.poll())
                    .extracting(r -> r.header(CloudEventHeaders.ID)).contains(poisonId));
            assertThat(deadLetters.poll()).extracting(r -> r.header(CloudEventHeaders.ID)).doesNotContain(openedId);
        }
    }

    @Test
    void shouldNotSendAnAlertTwiceAcrossARestartOverTheSameDatabase() {
        String db = SharedInfrastructure.uniqueDatabase("notification-restart");
        String topic = "case.deadlines.restart-" + UUID.randomUUID();
        TestCase c = TestCase.of("330483", "330483-env");
        try (ConfigurableApplicationContext before = start(db, topic)) {
            send(topic, c.overdue(1), "ce-" + c.caseId());
            await().atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        }

        try (ConfigurableApplicationContext after = start(db, topic)) {
            send(topic, c.overdue(1), "ce-" + c.caseId());
            send(topic, c.overdue(1), "ce-other-" + c.caseId());
            TestCase marker = TestCase.of("330483", "330483-env");
            send(topic, marker.overdue(1), "ce-" + marker.caseId());
            await().atMost(PATIENCE).until(() -> sms.sentFor(marker.trackingNo()).size() == 1);
            await().during(Duration.ofSeconds(1)).atMost(PATIENCE).until(() -> sms.sentFor(c.trackingNo()).size() == 1);
        }
        assertThat(mailsAbout(c.trackingNo())).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------------

    private static ConfigurableApplicationContext start(String db, String topic) {
        Map<String, String> s = settings(db);
        s.put("server.port", "0");
        s.put("spring.cloud.stream.bindings.caseDeadlines-in-0.destination", topic);
        s.put("spring.cloud.stream.kafka.bindings.caseDeadlines-in-0.consumer.dlq-name", topic + ".dlq");
        s.put("spring.cloud.stream.bindings.caseLifecycle-in-0.destination", topic + ".lifecycle");
        s.put("spring.cloud.stream.bindings.caseDeadlines-in-0.group", "restart");
        s.put("spring.cloud.stream.bindings.caseLifecycle-in-0.group", "restart");
        s.put("spring.cloud.stream.bindings.directoryUnits-in-0.group", "restart-" + db);
        List<String> args = new ArrayList<>();
        s.forEach((key, value) -> args.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(NotificationServiceApplication.class).run(args.toArray(String[]::new));
    }

    /** A case as mediation-service would report it, with fresh ids. */
    record TestCase(String caseId, String grievanceId, String trackingNo, String unitId, String jurisdictionCode) {

        static TestCase of(String jurisdictionCode, String unitId) {
            String grievanceId = UUID.randomUUID().toString();
            return new TestCase("C-" + grievanceId, grievanceId, "SQ20261122" + grievanceId.substring(0, 8).toUpperCase(),
                    unitId, jurisdictionCode);
        }

        String alertId(int level) {
            return caseId + ":ACCEPT:20261122T023200Z:" + (level == 0 ? "approaching" : "overdue:" + level);
        }

        String answer() {
            return "经核查，" + trackingNo + " 所述噪声问题已整改。";
        }

        CaseOverdue overdue(int level) {
            return new CaseOverdue(caseId, grievanceId, trackingNo, unitId, jurisdictionCode, DeadlineKind.ACCEPT, DUE, level,
                    DUE.plusSeconds(30));
        }

        CaseDeadlineApproaching approaching() {
            return new CaseDeadlineApproaching(caseId, grievanceId, trackingNo, unitId, jurisdictionCode, DeadlineKind.ACCEPT, DUE,
                    DUE.minusSeconds(3600));
        }

        CaseResolved resolved() {
            return new CaseResolved(caseId, grievanceId, trackingNo, unitId, answer(), "h-330483-env", DUE.plusSeconds(7200));
        }
    }

    private static String address(TestCase c, String channel, String fields) {
        return "{\"grievanceId\":\"" + c.grievanceId() + "\",\"trackingNo\":\"" + c.trackingNo() + "\",\"channel\":\"" + channel
                + "\"," + fields + "}";
    }

    private void send(String topic, Event event, String eventId) {
        Message<byte[]> message = codec.toMessage(event, eventId);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : List.of(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.ID, CloudEventHeaders.SOURCE,
                CloudEventHeaders.TYPE, CloudEventHeaders.TIME, CloudEventHeaders.SUBJECT)) {
            headers.put(name, EventCodec.header(message, name));
        }
        headers.put(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        RawRecords.send(SharedInfrastructure.kafka().bootstrapServers(), topic, event.subject(), headers,
                new String(message.getPayload(), StandardCharsets.UTF_8));
    }

    private List<JsonNode> deliveries(String source) {
        String body = web.get().uri(b -> b.path("/api/deliveries").queryParam("source", source).build())
                .accept(MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        return JSON.readTree(body).valueStream().toList();
    }

    private static JsonNode only(List<JsonNode> deliveries, String channel) {
        List<JsonNode> of = deliveries.stream().filter(d -> channel.equals(d.get("channel").asString())).toList();
        assertThat(of).as(channel + " deliveries").hasSize(1);
        return of.get(0);
    }

    private static List<MimeMessage> mailsAbout(String trackingNo) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject() != null && m.getSubject().contains(trackingNo);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    private static List<WeChatStub.WeChatMessage> templatesAbout(String trackingNo) {
        return wechat.messages().stream()
                .filter(m -> "TEMPLATE".equals(m.type()) && trackingNo.equals(m.body().at("/data/keyword1/value").asString()))
                .toList();
    }

    private static List<WeChatStub.WeChatMessage> customMessagesTo(String openId) {
        return wechat.messages().stream().filter(m -> "CUSTOM".equals(m.type()) && openId.equals(m.toUser())).toList();
    }

    private static List<String> recipientsOf(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
