package org.suqiu.intake.wechat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs src/test/node/wechat-peer.js — the npm package {@code wechat-crypto}, an implementation of
 * WeChat's message encryption independent of ours — installing the package into target/ on first use.
 * npm and node are required (CI has them).
 */
final class WechatPeer {

    private static final Path PREFIX = Path.of("target", "wechat-peer");
    private static final Path SCRIPT = Path.of("src", "test", "node", "wechat-peer.js");
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final String token;
    private final String aesKey;
    private final String appid;

    WechatPeer(String token, String aesKey, String appid) {
        this.token = token;
        this.aesKey = aesKey;
        this.appid = appid;
    }

    static synchronized void install() {
        if (Files.isDirectory(PREFIX.resolve("node_modules").resolve("wechat-crypto"))) {
            return;
        }
        run(List.of("npm", "install", "--no-audit", "--no-fund", "--no-save", "--prefix", PREFIX.toString(),
                "wechat-crypto@0.0.2"), null);
    }

    /** {encrypt, msgSignature} for {@code message}. */
    JsonNode encrypt(String message, String timestamp, String nonce) {
        return call(Map.of("op", "encrypt", "message", message, "timestamp", timestamp, "nonce", nonce));
    }

    /** {message, appid, msgSignature} of {@code encrypt}. */
    JsonNode decrypt(String encrypt, String timestamp, String nonce) {
        return call(Map.of("op", "decrypt", "encrypt", encrypt, "timestamp", timestamp, "nonce", nonce));
    }

    private JsonNode call(Map<String, String> request) {
        install();
        Map<String, String> full = new LinkedHashMap<>(request);
        full.put("token", token);
        full.put("aesKey", aesKey);
        full.put("appid", appid);
        return JSON.readTree(run(List.of("node", SCRIPT.toString()), JSON.writeValueAsString(full)));
    }

    private static String run(List<String> command, String input) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("NODE_PATH", PREFIX.resolve("node_modules").toAbsolutePath().toString());
            Process process = builder.start();
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            }
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed (npm and node are required for the WeChat ITs)");
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(command + " could not run (npm and node are required for the WeChat ITs)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
