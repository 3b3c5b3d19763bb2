package org.suqiu.notification.stubs;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

import tools.jackson.databind.JsonNode;

/**
 * WeChat's official-account API as far as we use it: {@code GET /cgi-bin/token} (appid + secret →
 * access_token, 7200 s), {@code POST /cgi-bin/message/template/send} (client_msg_id de-duplicates) and
 * {@code POST /cgi-bin/message/custom/send}; a revoked token answers errcode 40001.
 */
public class WeChatStub extends StubServer {

    /** A message WeChat accepted: TEMPLATE or CUSTOM. */
    public record WeChatMessage(String type, String toUser, JsonNode body) {
    }

    private final String appId;
    private final String secret;
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> clientMsgIds = new ConcurrentHashMap<>();
    private final List<WeChatMessage> messages = new CopyOnWriteArrayList<>();

    public WeChatStub(String appId, String secret) {
        this.appId = appId;
        this.secret = secret;
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if ("/cgi-bin/token".equals(path)) {
            if (!"client_credential".equals(query.get("grant_type")) || !appId.equals(query.get("appid"))
                    || !secret.equals(query.get("secret"))) {
                respond(exchange, 200, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}");
                return;
            }
            String token = "wx-token-" + tokensIssued.incrementAndGet();
            validTokens.add(token);
            respond(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":7200}");
            return;
        }
        if (!validTokens.contains(query.get("access_token"))) {
            respond(exchange, 200, "{\"errcode\":40001,\"errmsg\":\"invalid credential, access_token is invalid or not latest\"}");
            return;
        }
        JsonNode body = body(exchange);
        if ("/cgi-bin/message/template/send".equals(path)) {
            String clientMsgId = body.path("client_msg_id").asString();
            Long msgId = clientMsgIds.computeIfAbsent(clientMsgId, id -> {
                messages.add(new WeChatMessage("TEMPLATE", body.path("touser").asString(), body));
                return 2000000L + messages.size();
            });
            respond(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\",\"msgid\":" + msgId + "}");
        } else if ("/cgi-bin/message/custom/send".equals(path)) {
            messages.add(new WeChatMessage("CUSTOM", body.path("touser").asString(), body));
            respond(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
        } else {
            respond(exchange, 404, "{\"errcode\":-1}");
        }
    }

    /** Makes every issued token invalid (as when another server fetched a new one). */
    public void revokeTokens() {
        validTokens.clear();
    }

    public int tokensIssued() {
        return tokensIssued.get();
    }

    public List<WeChatMessage> messages() {
        return List.copyOf(messages);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new ConcurrentHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
