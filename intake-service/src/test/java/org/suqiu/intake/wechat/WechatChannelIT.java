package org.suqiu.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.contracts.Topics;
import org.suqiu.contracts.intake.GrievanceReceived;
import org.suqiu.intake.attachments.infrastructure.MongoAttachments;
import org.suqiu.intake.attachments.model.AttachmentLimits;
import org.suqiu.intake.submission.application.AcceptingGrievance;
import org.suqiu.intake.submission.application.RelayTrigger;
import org.suqiu.intake.submission.infrastructure.MongoSubmissions;
import org.suqiu.intake.submission.model.TrackingNumbers;
import org.suqiu.intake.wechat.application.ReceivingWechatMessage;
import org.suqiu.intake.wechat.application.SweepingDrafts;
import org.suqiu.intake.wechat.infrastructure.HttpPictures;
import org.suqiu.intake.wechat.infrastructure.MongoConversations;
import org.suqiu.intake.wechat.infrastructure.WechatXml;
import org.suqiu.intake.wechat.model.InboundMessage;
import org.suqiu.intake.wechat.model.WechatAccount;
import org.suqiu.localinfra.testing.SharedInfrastructure;
import org.suqiu.localinfra.testing.TestIssuer;
import org.suqiu.localinfra.testing.TopicProbe;
import org.suqiu.platform.security.Role;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;
import com.sun.net.httpserver.HttpServer;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WeChat official account channel against the real broker and MongoDB-wire server, with the
 * npm package {@code wechat-crypto} as the independent protocol peer: URL verification, plain and
 * safe mode, drafts and 提交, location, images as attachments, retries, and every refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-wechat-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-wechat-it",
        "spring.cloud.stream.kafka.bindings.routedEvents-in-0.consumer.start-offset=latest",
        "spring.cloud.stream.kafka.bindings.lifecycleEvents-in-0.consumer.start-offset=latest",
        "suqiu.intake.wechat.accounts.it.token=" + WechatChannelIT.TOKEN,
        "suqiu.intake.wechat.accounts.it.aes-key=" + WechatChannelIT.AES_KEY,
        "suqiu.intake.wechat.accounts.it.appid=" + WechatChannelIT.APPID,
        "suqiu.intake.wechat.accounts.it.home-jurisdiction=330483",
        "suqiu.intake.wechat.picture-hosts=127.0.0.1",
        "suqiu.intake.wechat.sweep-interval=1h",
        // the sweep runs only when a test calls it; then drafts quiet for 2 s are submitted
        "suqiu.intake.wechat.quiet-period=2s"})
@AutoConfigureWebTestClient
class WechatChannelIT {

    static final String TOKEN = "it-token-3f9a";
    static final String AES_KEY = "vqI4RYOISZjqWhDUGkTQmVJRQlEKy2FFoBQmhLmmbPQ";
    static final String APPID = "wx0123456789abcdef";
    static final String GH = "gh_suqiu_it";
    private static final String DATABASE = SharedInfrastructure.uniqueDatabase("intake-wechat");
    private static final TestIssuer issuer = TestIssuer.shared();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final AtomicLong MSG_IDS = new AtomicLong(System.currentTimeMillis() * 1000);
    private static final byte[] PICTURE = picture();
    private static HttpServer pictures;

    private final WechatPeer peer = new WechatPeer(TOKEN, AES_KEY, APPID);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> SharedInfrastructure.kafka().bootstrapServers());
        registry.add("spring.mongodb.uri",
                () -> SharedInfrastructure.mongo().uri(DATABASE) + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuerUri);
    }

    @BeforeAll
    static void start() throws IOException {
        WechatPeer.install();
        pictures = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pictures.createContext("/pic", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PICTURE.length);
            exchange.getResponseBody().write(PICTURE);
            exchange.close();
        });
        pictures.createContext("/huge", exchange -> {
            byte[] huge = new byte[11 * 1024 * 1024];
            exchange.getResponseHeaders().add("Content-Type", "image/jpeg");
            exchange.sendResponseHeaders(200, huge.length);
            exchange.getResponseBody().write(huge);
            exchange.close();
        });
        pictures.start();
    }

    @AfterAll
    static void stop() {
        pictures.stop(0);
    }

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;
    @Autowired
    FieldCipher cipher;
    @Autowired
    Clock clock;
    @Autowired
    MongoAttachments attachments;
    @Autowired
    TrackingNumbers trackingNumbers;
    @Autowired
    SweepingDrafts sweeping;

    @Test
    void shouldEchoTheEchostrOnlyWhenTheUrlSignatureIsRight() {
        String timestamp = now();
        String good = web.get().uri("/wechat/it?signature={s}&timestamp={t}&nonce=123&echostr=hello-echo",
                        sha1(TOKEN, timestamp, "123"), timestamp)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(good).isEqualTo("hello-echo");
        web.get().uri("/wechat/it?signature={s}&timestamp={t}&nonce=123&echostr=hello-echo", sha1("wrong", timestamp, "123"), timestamp)
                .exchange().expectStatus().isForbidden();
        web.get().uri("/wechat/nope?signature={s}&timestamp={t}&nonce=123&echostr=x", sha1(TOKEN, timestamp, "123"), timestamp)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void shouldAcceptMessagesEncryptedByWechatCryptoAndAnswerTheTrackingNumberEncrypted() {
        String openId = openId();
        String first = postSafe(text(openId, "隆源路的路灯坏了一个星期"));
        assertThat(first).contains("已记录（第1条）");
        String second = postSafe(text(openId, "晚上很黑，老人走路不安全"));
        assertThat(second).contains("已记录（第2条）");

        String accepted = postSafe(text(openId, "提交"));

        assertThat(accepted).contains("您的诉求已受理").contains("受理编号：").contains("查询码：");
        String trackingNo = accepted.replaceAll("(?s).*受理编号：([0-9A-Z-]+).*", "$1");
        Document stored = submissionByTrackingNo(trackingNo);
        assertThat(stored.getString("channel")).isEqualTo("WECHAT");
        assertThat(stored.getString("text")).isEqualTo("隆源路的路灯坏了一个星期\n晚上很黑，老人走路不安全");
        assertThat(stored.toJson()).as("the openid is stored sealed only").doesNotContain(openId);
        Document contact = stored.get("contact", Document.class);
        assertThat(cipher.decrypt(contact.getString("wechatOpenId"), "contact.wechatOpenId")).isEqualTo(openId);
        try (TopicProbe received = TopicProbe.on(SharedInfrastructure.kafka().bootstrapServers(), Topics.GRIEVANCE_RECEIVED)) {
            await().atMost(WAIT).untilAsserted(() -> {
                List<TopicProbe.Received> events = received.poll(r -> stored.getString("_id").equals(r.key())
                        && GrievanceReceived.TYPE.equals(r.header("ce_type")));
                assertThat(events).hasSize(1);
                JsonNode event = JSON.readTree(events.get(0).value());
                assertThat(event.get("channel").asString()).isEqualTo("WECHAT");
                assertThat(event.get("citizenKey").asString()).isNotBlank();
                assertThat(events.get(0).value()).doesNotContain(openId);
            });
        }
    }

    @Test
    void shouldAddLocationAndPictureToTheDraftAndLetStaffDownloadThePictureAudited() {
        String openId = openId();
        assertThat(postPlain(text(openId, "小区门口垃圾堆了三天没人清理"))).contains("已记录");
        String located = postPlain(location(openId, 30.6293, 120.5651, "桐乡市梧桐街道庆丰路"));
        assertThat(located).contains("已记录位置");
        String pictured = postPlain(image(openId, "http://127.0.0.1:" + pictures.getAddress().getPort() + "/pic"));
        assertThat(pictured).contains("已记录图片（共1张）");
        String tooLarge = postPlain(image(openId, "http://127.0.0.1:" + pictures.getAddress().getPort() + "/huge"));
        assertThat(tooLarge).contains("图片超过10MB");
        String elsewhere = postPlain(image(openId, "http://example.invalid/pic"));
        assertThat(elsewhere).contains("图片未能保存");

        String accepted = postPlain(text(openId, "提交"));
        String trackingNo = accepted.replaceAll("(?s).*受理编号：([0-9A-Z-]+).*", "$1");
        Document stored = submissionByTrackingNo(trackingNo);
        Document location = stored.get("location", Document.class);
        assertThat(location.getString("crs")).isEqualTo("GCJ02");
        assertThat(location.getDouble("lat")).isEqualTo(30.6293);
        assertThat(location.getDouble("lng")).isEqualTo(120.5651);
        List<Document> refs = stored.getList("attachments", Document.class);
        assertThat(refs).hasSize(1);
        assertThat(refs.get(0).getString("sha256")).isEqualTo(sha256Hex(PICTURE));

        String grievanceId = stored.getString("_id");
        String attachmentId = refs.get(0).getString("id");
        String operator = issuer.token("op-wx", List.of(Role.OPERATOR), null, "330400");
        byte[] downloaded = web.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/api/grievances/by-id/{g}/attachments/{a}", grievanceId, attachmentId)
                .headers(h -> h.setBearerAuth(operator))
                .exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_PNG)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(downloaded).isEqualTo(PICTURE);
        Document audit = Mono.from(database.getCollection("audit").find(Filters.and(Filters.eq("resourceId", grievanceId),
                Filters.eq("action", "grievance.attachment.downloaded"))).first()).block(WAIT);
        assertThat(audit).isNotNull();
        String handler = issuer.token("h-wx", List.of(Role.HANDLER), "330483-env", "330483");
        web.get().uri("/api/grievances/by-id/{g}/attachments/{a}", grievanceId, attachmentId)
                .headers(h -> h.setBearerAuth(handler)).exchange().expectStatus().isForbidden();
        String otherCity = issuer.token("op-other", List.of(Role.OPERATOR), null, "330102");
        web.get().uri("/api/grievances/by-id/{g}/attachments/{a}", grievanceId, attachmentId)
                .headers(h -> h.setBearerAuth(otherCity)).exchange().expectStatus().isNotFound();
        web.get().uri("/api/grievances/by-id/{g}/attachments/{a}", grievanceId, attachmentId)
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void shouldSubmitAQuietDraftAndTellTheCitizenItsNumberWithTheirNextMessage() {
        String openId = openId();
        postPlain(text(openId, "人行道井盖丢了，很危险"));
        String prefix = "^wx\\.it\\." + cipher.lookupHash("wechat:" + openId).replace("+", "\\+") + "\\.";

        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            sweeping.sweep().block(WAIT);
            return Mono.from(database.getCollection("submissions").countDocuments(Filters.regex("externalId", prefix))).block(WAIT) == 1;
        });
        String next = postPlain(text(openId, "另外路灯也不亮"));

        assertThat(next).startsWith("您上一件诉求已自动登记，受理编号：SQ").contains("查询码：").contains("已记录（第1条）");
        assertThat(postPlain(text(openId, "提交"))).contains("受理编号").doesNotContain("自动登记");
    }

    @Test
    void shouldGreetNewFollowersAndAnswerSuccessToOtherEvents() {
        String openId = openId();
        String subscribe = "<xml><ToUserName><![CDATA[" + GH + "]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[subscribe]]></Event></xml>";
        assertThat(postPlain(subscribe)).contains("欢迎关注");
        String unsubscribe = subscribe.replace("subscribe", "unsubscribe");
        assertThat(postPlain(unsubscribe)).isEqualTo("success");
    }

    @Test
    void shouldMakeOneGrievanceOfAMsgIdSentThreeTimesAcrossTwoInstances() {
        String openId = openId();
        postPlain(text(openId, "楼上每天深夜装修，噪声很大"));
        long msgId = MSG_IDS.incrementAndGet();
        String submit = text(openId, "提交", msgId);
        WechatAccount account = new WechatAccount("it", TOKEN, AES_KEY, APPID, "330483");
        InboundMessage message = new InboundMessage(WechatXml.parse(submit));
        ReceivingWechatMessage other = otherInstance();

        // WeChat's three tries: two land on another instance at the same time as the first one here
        List<String> replies = Flux.merge(
                        Mono.fromCallable(() -> postPlain(submit)).subscribeOn(Schedulers.boundedElastic()),
                        other.receive(account, message).defaultIfEmpty("success").subscribeOn(Schedulers.boundedElastic()),
                        other.receive(account, message).defaultIfEmpty("success").subscribeOn(Schedulers.boundedElastic()))
                .collectList().block(WAIT);
        String again = postPlain(submit);

        String conversation = "it:" + cipher.lookupHash("wechat:" + openId);
        long grievances = Mono.from(database.getCollection("submissions")
                .countDocuments(Filters.regex("externalId", "^wx\\.it\\." + conversation.substring(3) + "\\."))).block(WAIT);
        assertThat(grievances).isEqualTo(1);
        assertThat(replies).anySatisfy(reply -> assertThat(reply).contains("受理编号"));
        assertThat(again).contains("受理编号");
    }

    @Test
    void shouldRefuseWrongSignaturesStaleTimestampsBadPaddingWrongAppidAndReplayedNonces() {
        String openId = openId();
        String xml = text(openId, "测试消息");
        String timestamp = now();

        post("/wechat/it?signature=" + sha1("bad", timestamp, "n1") + "&timestamp=" + timestamp + "&nonce=n1", xml)
                .expectStatus().isForbidden();
        String stale = Long.toString(Instant.now().getEpochSecond() - 301);
        post("/wechat/it?signature=" + sha1(TOKEN, stale, "n2") + "&timestamp=" + stale + "&nonce=n2", xml)
                .expectStatus().isForbidden();

        String nonce = "n" + UUID.randomUUID().toString().substring(0, 8);
        post("/wechat/it?signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce, xml)
                .expectStatus().isOk();
        post("/wechat/it?signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce,
                text(openId, "另一条消息")).expectStatus().isForbidden();

        String badPadding = encryptWith(APPID, xml, 0);
        postEncrypted(badPadding).expectStatus().isBadRequest();
        WechatPeer stranger = new WechatPeer(TOKEN, AES_KEY, "wx_someone_else");
        String ts = now();
        String n = nonce();
        JsonNode foreign = stranger.encrypt(xml, ts, n);
        post(safeUri(ts, n, foreign.get("msgSignature").asString()), envelope(foreign.get("encrypt").asString()))
                .expectStatus().isBadRequest();
        JsonNode ours = peer.encrypt(xml, ts, n + "x");
        post(safeUri(ts, n + "x", sha1("wrong", ts, n + "x", ours.get("encrypt").asString())), envelope(ours.get("encrypt").asString()))
                .expectStatus().isForbidden();
    }

    @Test
    void shouldRefuseXmlWithEntitiesOrADoctype() {
        String openId = openId();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><ToUserName>" + GH
                + "</ToUserName><FromUserName>" + openId + "</FromUserName><CreateTime>" + now()
                + "</CreateTime><MsgType>text</MsgType><Content>&x;</Content><MsgId>" + MSG_IDS.incrementAndGet() + "</MsgId></xml>";
        EntityExchangeResult<String> refused = postRaw(xxe).expectStatus().isBadRequest().expectBody(String.class).returnResult();
        assertThat(refused.getResponseBody()).doesNotContain("root:");
        String doctype = "<!DOCTYPE xml><xml><ToUserName>" + GH + "</ToUserName><FromUserName>" + openId
                + "</FromUserName><CreateTime>" + now() + "</CreateTime><MsgType>text</MsgType><Content>hi</Content></xml>";
        postRaw(doctype).expectStatus().isBadRequest();
        String laughs = "<!DOCTYPE xml [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><xml><Content>&b;</Content></xml>";
        postRaw(laughs).expectStatus().isBadRequest();
        assertThat(Mono.from(database.getCollection("wechat_conversations")
                .countDocuments(Filters.eq("_id", "it:" + cipher.lookupHash("wechat:" + openId)))).block(WAIT)).isZero();
    }

    // ---- the peer's side of the protocol

    private String postPlain(String xml) {
        return postRaw(xml).expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody()
                .transform(this::contentOf);
    }

    private WebTestClient.ResponseSpec postRaw(String xml) {
        String timestamp = now();
        String nonce = nonce();
        return post("/wechat/it?signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=x", xml);
    }

    private String postSafe(String xml) {
        String timestamp = now();
        String nonce = nonce();
        JsonNode sealed = peer.encrypt(xml, timestamp, nonce);
        String reply = post(safeUri(timestamp, nonce, sealed.get("msgSignature").asString()), envelope(sealed.get("encrypt").asString()))
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        var outer = WechatXml.parse(reply);
        JsonNode opened = peer.decrypt(outer.get("Encrypt"), outer.get("TimeStamp"), outer.get("Nonce"));
        assertThat(opened.get("msgSignature").asString()).as("the reply's signature").isEqualTo(outer.get("MsgSignature"));
        assertThat(opened.get("appid").asString()).isEqualTo(APPID);
        return contentOf(opened.get("message").asString());
    }

    private WebTestClient.ResponseSpec postEncrypted(String encrypt) {
        String timestamp = now();
        String nonce = nonce();
        return post(safeUri(timestamp, nonce, sha1(TOKEN, timestamp, nonce, encrypt)), envelope(encrypt));
    }

    private static String safeUri(String timestamp, String nonce, String msgSignature) {
        return "/wechat/it?signature=" + sha1(TOKEN, timestamp, nonce) + "&timestamp=" + timestamp + "&nonce=" + nonce
                + "&openid=x&encrypt_type=aes&msg_signature=" + msgSignature;
    }

    private WebTestClient.ResponseSpec post(String uri, String body) {
        return web.mutate().responseTimeout(Duration.ofSeconds(20)).build()
                .post().uri(uri).contentType(MediaType.TEXT_XML).bodyValue(body).exchange();
    }

    private String contentOf(String reply) {
        if ("success".equals(reply)) {
            return reply;
        }
        return WechatXml.parse(reply).get("Content");
    }

    private static String envelope(String encrypt) {
        return "<xml><ToUserName><![CDATA[" + GH + "]]></ToUserName><Encrypt><![CDATA[" + encrypt + "]]></Encrypt></xml>";
    }

    static String text(String openId, String content) {
        return text(openId, content, MSG_IDS.incrementAndGet());
    }

    static String text(String openId, String content, long msgId) {
        return "<xml><ToUserName><![CDATA[" + GH + "]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
                + content + "]]></Content><MsgId>" + msgId + "</MsgId></xml>";
    }

    private static String location(String openId, double lat, double lng, String label) {
        return "<xml><ToUserName><![CDATA[" + GH + "]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>"
                + lat + "</Location_X><Location_Y>" + lng + "</Location_Y><Scale>15</Scale><Label><![CDATA[" + label
                + "]]></Label><MsgId>" + MSG_IDS.incrementAndGet() + "</MsgId></xml>";
    }

    private static String image(String openId, String url) {
        return "<xml><ToUserName><![CDATA[" + GH + "]]></ToUserName><FromUserName><![CDATA[" + openId
                + "]]></FromUserName><CreateTime>" + now() + "</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA["
                + url + "]]></PicUrl><MediaId><![CDATA[media-" + MSG_IDS.get() + "]]></MediaId><MsgId>" + MSG_IDS.incrementAndGet()
                + "</MsgId></xml>";
    }

    /** Encrypts like WeChat but with {@code pad} as every padding byte (0 is never valid PKCS#7). */
    private static String encryptWith(String appid, String message, int pad) {
        try {
            byte[] key = Base64.getDecoder().decode(AES_KEY + "=");
            byte[] msg = message.getBytes(StandardCharsets.UTF_8);
            byte[] id = appid.getBytes(StandardCharsets.UTF_8);
            int length = 20 + msg.length + id.length;
            int total = (length / 32 + 1) * 32;
            byte[] plain = new byte[total];
            plain[16] = (byte) (msg.length >>> 24);
            plain[17] = (byte) (msg.length >>> 16);
            plain[18] = (byte) (msg.length >>> 8);
            plain[19] = (byte) msg.length;
            System.arraycopy(msg, 0, plain, 20, msg.length);
            System.arraycopy(id, 0, plain, 20 + msg.length, id.length);
            Arrays.fill(plain, length, total, (byte) pad);
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private ReceivingWechatMessage otherInstance() {
        MongoSubmissions submissions = new MongoSubmissions(database, cipher);
        AcceptingGrievance accepting = new AcceptingGrievance(submissions, trackingNumbers, RelayTrigger.NONE, clock);
        return new ReceivingWechatMessage(new MongoConversations(database, cipher), accepting, attachments,
                new HttpPictures(java.util.Set.of("127.0.0.1"), Duration.ofSeconds(2)), AttachmentLimits.defaults(), clock);
    }

    private Document submissionByTrackingNo(String trackingNo) {
        return Mono.from(database.getCollection("submissions").find(Filters.eq("trackingNo", trackingNo)).first()).block(WAIT);
    }

    static String sha1(String... parts) {
        try {
            String[] sorted = parts.clone();
            Arrays.sort(sorted);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(String.join("", sorted).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String now() {
        return Long.toString(Instant.now().getEpochSecond());
    }

    static String nonce() {
        return Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }

    static String openId() {
        return "oIT" + UUID.randomUUID().toString().replace("-", "").substring(0, 25);
    }

    private static byte[] picture() {
        byte[] png = new byte[300 * 1024];
        new java.util.Random(7).nextBytes(png);
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(header, 0, png, 0, header.length);
        return png;
    }
}
