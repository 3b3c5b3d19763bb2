package org.suqiu.notification.stubs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;

/**
 * intake-service's {@code GET /internal/grievances/{id}/reply-address} (bearer token required) and the
 * issuer's token endpoint {@code POST /oauth2/token} for the client-credentials grant, in one peer.
 */
public class IntakeStub extends StubServer {

    private final String clientId;
    private final String clientSecret;
    private final Map<String, String> addresses = new ConcurrentHashMap<>();
    private final AtomicInteger tokens = new AtomicInteger();

    public IntakeStub(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Registers the reply address intake answers for {@code grievanceId} (JSON, as documented). */
    public void address(String grievanceId, String json) {
        addresses.put(grievanceId, json);
    }

    public String tokenUri() {
        return baseUrl() + "/oauth2/token";
    }

    public int tokensIssued() {
        return tokens.get();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("/oauth2/token".equals(path)) {
            String expected = "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization")) || !form.contains("grant_type=client_credentials")) {
                respond(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            respond(exchange, 200, "{\"access_token\":\"svc-" + tokens.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"suqiu.internal\"}");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer svc-")) {
            respond(exchange, 401, "{\"type\":\"https://suqiu.org/problems/unauthenticated\"}");
            return;
        }
        String prefix = "/internal/grievances/";
        String suffix = "/reply-address";
        if (path.startsWith(prefix) && path.endsWith(suffix)) {
            String id = path.substring(prefix.length(), path.length() - suffix.length());
            String json = addresses.get(id);
            if (json == null) {
                respond(exchange, 404, "{\"type\":\"https://suqiu.org/problems/grievance-not-found\"}");
            } else {
                respond(exchange, 200, json);
            }
            return;
        }
        respond(exchange, 404, "{}");
    }
}
