package org.suqiu.notification.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;

/**
 * The SMS gateway's documented protocol: {@code POST /v1/sms/send} with Basic credentials and
 * {@code {phoneNumbers, signName, templateCode, templateParam, outId}} → {@code {code: "OK", requestId,
 * bizId}}; a repeated outId answers the first bizId and sends nothing (the gateway's idempotency).
 * Numbers starting 1999 are "illegal" ({@code isv.MOBILE_NUMBER_ILLEGAL}).
 */
public class SmsGatewayStub extends StubServer {

    /** A text message the gateway accepted and "sent". */
    public record Sms(String phone, String templateCode, JsonNode params, String outId, String bizId) {
    }

    private final String credentials;
    private final List<Sms> sent = new CopyOnWriteArrayList<>();
    private final Map<String, String> bizIds = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> requestsByOutId = new ConcurrentHashMap<>();

    public SmsGatewayStub(String keyId, String secret) {
        this.credentials = "Basic " + Base64.getEncoder().encodeToString((keyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        if (!"/v1/sms/send".equals(exchange.getRequestURI().getPath()) || !"POST".equals(exchange.getRequestMethod())) {
            respond(exchange, 404, "{\"code\":\"NotFound\"}");
            return;
        }
        if (!credentials.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            respond(exchange, 401, "{\"code\":\"InvalidAccessKeyId.NotFound\"}");
            return;
        }
        JsonNode request = body(exchange);
        String phone = request.path("phoneNumbers").asString();
        if (phone.startsWith("1999")) {
            respond(exchange, 200, "{\"code\":\"isv.MOBILE_NUMBER_ILLEGAL\",\"message\":\"illegal number\",\"requestId\":\"r-x\"}");
            return;
        }
        String outId = request.path("outId").asString();
        requestsByOutId.computeIfAbsent(outId, id -> new AtomicInteger()).incrementAndGet();
        String bizId = bizIds.computeIfAbsent(outId, id -> {
            String biz = "biz-" + (sent.size() + 1) + "-" + Integer.toHexString(id.hashCode());
            sent.add(new Sms(phone, request.path("templateCode").asString(), request.path("templateParam"), id, biz));
            return biz;
        });
        respond(exchange, 200, "{\"code\":\"OK\",\"message\":\"OK\",\"requestId\":\"req-" + requests.get() + "\",\"bizId\":\"" + bizId + "\"}");
    }

    public List<Sms> sent() {
        return List.copyOf(sent);
    }

    /** The messages sent whose template parameter {@code trackingNo} is {@code trackingNo}. */
    public List<Sms> sentFor(String trackingNo) {
        return sent.stream().filter(s -> trackingNo.equals(s.params().path("trackingNo").asString())).toList();
    }

    /** How many requests with this outId the gateway answered (its de-duplication hides repeats; this counts them). */
    public int requestsFor(String outId) {
        AtomicInteger count = requestsByOutId.get(outId);
        return count == null ? 0 : count.get();
    }

    public int requests() {
        return requests.get();
    }
}
