package org.suqiu.notification.delivery.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.notification.delivery.model.ChannelSender;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryRejectedException;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.people.model.ContactChannel;

import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * 微信公众号: staff alerts as template messages ({@code POST /cgi-bin/message/template/send}, with the
 * delivery id as {@code client_msg_id} so WeChat drops a repeat), citizens' answers as customer-service
 * text messages ({@code POST /cgi-bin/message/custom/send}). The access token from
 * {@code GET /cgi-bin/token} is cached until shortly before it expires; errcode 40001/40014/42001
 * (invalid or expired token) fetch a new one and try once more.
 */
public class WeChatSender implements ChannelSender {

    static final Set<Integer> TOKEN_ERRORS = Set.of(40001, 40014, 42001);
    static final Set<Integer> REJECTIONS = Set.of(40003, 43004, 43019, 45015, 47003, 40037);
    private static final Duration EARLY = Duration.ofMinutes(5);

    private record Token(String value, Instant expiresAt) {
    }

    private final WebClient client;
    private final ChannelsProperties.WeChat properties;
    private final Clock clock;
    private final AtomicReference<Token> token = new AtomicReference<>();

    public WeChatSender(WebClient.Builder builder, ChannelsProperties.WeChat properties, Clock clock) {
        this.client = builder.clone().baseUrl(properties.baseUrl().toString()).build();
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.WECHAT;
    }

    @Override
    public Mono<String> send(Delivery delivery) {
        return attempt(delivery).onErrorResume(TokenRejectedException.class, e -> {
            token.set(null);
            return attempt(delivery);
        });
    }

    private Mono<String> attempt(Delivery delivery) {
        boolean answer = delivery.purpose() == Purpose.ANSWER;
        String path = answer ? "/cgi-bin/message/custom/send" : "/cgi-bin/message/template/send";
        Object body = answer ? customMessage(delivery) : templateMessage(delivery);
        return accessToken().flatMap(accessToken -> client.post()
                .uri(b -> b.path(path).queryParam("access_token", accessToken).build())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, r -> Mono.just(new IllegalStateException("WeChat answered HTTP " + r.statusCode().value())))
                .bodyToMono(JsonNode.class)
                .map(result -> {
                    int errcode = result.path("errcode").asInt(0);
                    if (errcode == 0) {
                        return result.has("msgid") ? "wx-" + result.path("msgid").asString("") : "wx-cs-" + delivery.id();
                    }
                    if (TOKEN_ERRORS.contains(errcode)) {
                        throw new TokenRejectedException(errcode);
                    }
                    if (REJECTIONS.contains(errcode)) {
                        throw new DeliveryRejectedException("WeChat rejected the message: errcode " + errcode);
                    }
                    throw new IllegalStateException("WeChat answered errcode " + errcode);
                }));
    }

    private Mono<String> accessToken() {
        Token cached = token.get();
        if (cached != null && clock.instant().isBefore(cached.expiresAt())) {
            return Mono.just(cached.value());
        }
        return client.get()
                .uri(b -> b.path("/cgi-bin/token").queryParam("grant_type", "client_credential")
                        .queryParam("appid", properties.appId()).queryParam("secret", properties.appSecret()).build())
                .retrieve()
                .onStatus(HttpStatusCode::isError, r -> Mono.just(new IllegalStateException("WeChat token endpoint answered HTTP " + r.statusCode().value())))
                .bodyToMono(JsonNode.class)
                .map(result -> {
                    String value = result.path("access_token").asString("");
                    if (value.isEmpty()) {
                        throw new IllegalStateException("WeChat gave no access token: errcode " + result.path("errcode").asInt(-1));
                    }
                    long expiresIn = result.path("expires_in").asLong(7200);
                    Instant expiresAt = clock.instant().plusSeconds(expiresIn).minus(EARLY);
                    token.set(new Token(value, expiresAt));
                    return value;
                });
    }

    private Map<String, Object> templateMessage(Delivery delivery) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("first", Map.of("value", delivery.subject() == null ? "" : delivery.subject()));
        data.put("keyword1", Map.of("value", delivery.trackingNo() == null ? "" : delivery.trackingNo()));
        data.put("keyword2", Map.of("value", delivery.text()));
        data.put("remark", Map.of("value", "请及时处理"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", delivery.destination());
        body.put("template_id", properties.alertTemplateId());
        body.put("client_msg_id", delivery.id());
        body.put("data", data);
        return body;
    }

    private static Map<String, Object> customMessage(Delivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("touser", delivery.destination());
        body.put("msgtype", "text");
        body.put("text", Map.of("content", delivery.text()));
        return body;
    }

    /** The access token was refused (expired or revoked). */
    static class TokenRejectedException extends RuntimeException {
        TokenRejectedException(int errcode) {
            super("WeChat refused the access token: errcode " + errcode);
        }
    }
}
