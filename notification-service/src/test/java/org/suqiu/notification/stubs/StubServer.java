package org.suqiu.notification.stubs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP peer on 127.0.0.1 (JDK {@link HttpServer}) that can be told to fail (HTTP 503), to
 * hang (no answer until it recovers, then a 503 — never a late success), or to behave.
 */
public abstract class StubServer implements AutoCloseable {

    /** How the peer answers now. */
    public enum Mode { OK, FAILING, HANGING }

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private volatile Mode mode = Mode.OK;
    private volatile CountDownLatch hang = new CountDownLatch(0);

    protected StubServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                if (mode == Mode.HANGING) {
                    hang.await(60, TimeUnit.SECONDS);
                    respond(exchange, 503, "{\"code\":\"ServiceUnavailable\"}");
                    return;
                }
                if (mode == Mode.FAILING) {
                    respond(exchange, 503, "{\"code\":\"ServiceUnavailable\"}");
                    return;
                }
                handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                respond(exchange, 500, "{\"code\":\"StubError\",\"message\":\"" + e + "\"}");
            }
        });
        server.start();
    }

    protected abstract void handle(HttpExchange exchange) throws IOException;

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void fail() {
        mode = Mode.FAILING;
    }

    public void hang() {
        hang = new CountDownLatch(1);
        mode = Mode.HANGING;
    }

    public void recover() {
        mode = Mode.OK;
        hang.countDown();
    }

    @Override
    public void close() {
        recover();
        server.stop(0);
        executor.shutdownNow();
    }

    protected static JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    protected static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
