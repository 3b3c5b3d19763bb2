package org.suqiu.notification.delivery.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
 * 短信网关: {@code POST <base-url>/v1/sms/send} with HTTP Basic credentials and
 * {@code {phoneNumbers, signName, templateCode, templateParam, outId}}; the gateway answers
 * {@code {code: "OK", requestId, bizId}} or an error code. The delivery id is the {@code outId}: the
 * gateway answers a repeated outId with the first bizId and sends nothing again. Codes of a bad
 * message are a rejection; a rate limit ({@code isv.BUSINESS_LIMIT_CONTROL}, HTTP 429), 5xx and
 * anything else mean "unavailable".
 */
public class SmsGatewaySender implements ChannelSender {

    static final Set<String> REJECTIONS = Set.of("isv.MOBILE_NUMBER_ILLEGAL", "isv.SMS_TEMPLATE_ILLEGAL",
            "isv.SMS_SIGNATURE_ILLEGAL", "isv.INVALID_PARAMETERS", "isv.TEMPLATE_MISSING_PARAMETERS", "isv.BLACK_KEY_CONTROL_LIMIT");

    private final WebClient client;
    private final ChannelsProperties.Sms properties;

    public SmsGatewaySender(WebClient.Builder builder, ChannelsProperties.Sms properties) {
        this.properties = properties;
        this.client = builder.clone()
                .baseUrl(properties.baseUrl().toString())
                .defaultHeaders(h -> h.setBasicAuth(nullToEmpty(properties.accessKeyId()), nullToEmpty(properties.accessKeySecret())))
                .build();
    }

    @Override
    public ContactChannel channel() {
        return ContactChannel.SMS;
    }

    @Override
    public Mono<String> send(Delivery delivery) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phoneNumbers", delivery.destination());
        body.put("signName", properties.signName());
        body.put("templateCode", delivery.purpose() == Purpose.ANSWER ? properties.answerTemplate() : properties.alertTemplate());
        body.put("templateParam", delivery.params());
        body.put("outId", delivery.id());
        return client.post().uri("/v1/sms/send")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .retrieve()
                .onStatus(HttpStatusCode::isError, response -> Mono.just(
                        new SmsGatewayUnavailableException("SMS gateway answered HTTP " + response.statusCode().value())))
                .bodyToMono(JsonNode.class)
                .map(answer -> {
                    String code = answer.path("code").asString("");
                    if ("OK".equals(code)) {
                        String bizId = answer.path("bizId").asString("");
                        return bizId.isEmpty() ? answer.path("requestId").asString("") : bizId;
                    }
                    if (REJECTIONS.contains(code)) {
                        throw new DeliveryRejectedException("SMS gateway rejected the message: " + code);
                    }
                    throw new SmsGatewayUnavailableException("SMS gateway answered " + code);
                });
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The gateway could not take the message now (5xx, rate limit, unknown code). */
    static class SmsGatewayUnavailableException extends RuntimeException {
        SmsGatewayUnavailableException(String message) {
            super(message);
        }
    }
}
