package org.suqiu.intake.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.suqiu.intake.wechat.infrastructure.WechatXml;
import org.suqiu.localinfra.LocalKafka;
import org.suqiu.localinfra.Ports;
import org.suqiu.localinfra.testing.SharedInfrastructure;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The passive reply while the broker is down (a broker of its own, stopped): WeChat gets the
 * tracking number well inside its 5 seconds, and the grievance waits in the outbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.routedEvents-in-0.group=intake-wechat-kafka-down-it",
        "spring.cloud.stream.bindings.lifecycleEvents-in-0.group=intake-wechat-kafka-down-it",
        "suqiu.intake.wechat.accounts.it.token=" + WechatChannelIT.TOKEN,
        "suqiu.intake.wechat.accounts.it.aes-key=" + WechatChannelIT.AES_KEY,
        "suqiu.intake.wechat.accounts.it.appid=" + WechatChannelIT.APPID})
@AutoConfigureWebTestClient
@DirtiesContext
class WechatWhileKafkaIsDownIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final LocalKafka broker = LocalKafka.start(temporaryDirectory(), Ports.free(), Ports.free());

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "wechat-kafka-down-it-broker-stop"));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.stream.kafka.binder.brokers", broker::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> SharedInfrastructure.mongo().uri(SharedInfrastructure.uniqueDatabase("intake-wx-down"))
                + "?serverSelectionTimeoutMS=3000&connectTimeoutMS=2000");
    }

    @Autowired
    WebTestClient web;
    @Autowired
    MongoDatabase database;

    @Test
    void shouldAnswerTheTrackingNumberWithinFiveSecondsWhileKafkaIsDown() {
        WebTestClient client = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        await().atMost(WAIT).until(() -> client.get().uri("/actuator/health/readiness").exchange()
                .expectBody(String.class).returnResult().getStatus() == HttpStatus.OK);
        broker.close();
        String openId = WechatChannelIT.openId();
        post(client, WechatChannelIT.text(openId, "小区停水两天了"));

        long started = System.nanoTime();
        String reply = post(client, WechatChannelIT.text(openId, "提交"));
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("the passive reply does not wait for Kafka").isLessThan(Duration.ofSeconds(5));
        String content = WechatXml.parse(reply).get("Content");
        assertThat(content).contains("受理编号：SQ");
        String trackingNo = content.replaceAll("(?s).*受理编号：([0-9A-Z]+).*", "$1");
        Document stored = Mono.from(database.getCollection("submissions").find(Filters.eq("trackingNo", trackingNo)).first())
                .block(Duration.ofSeconds(10));
        assertThat(stored.get("relay", Document.class).getString("state")).isEqualTo("PENDING");
    }

    private static String post(WebTestClient client, String xml) {
        String timestamp = WechatChannelIT.now();
        String nonce = WechatChannelIT.nonce();
        return client.post().uri("/wechat/it?signature={s}&timestamp={t}&nonce={n}",
                        WechatChannelIT.sha1(WechatChannelIT.TOKEN, timestamp, nonce), timestamp, nonce)
                .contentType(MediaType.TEXT_XML).bodyValue(xml).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("wechat-kafka-down-it");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
