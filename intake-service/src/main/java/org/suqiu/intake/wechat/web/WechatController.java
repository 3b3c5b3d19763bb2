package org.suqiu.intake.wechat.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.suqiu.intake.wechat.application.ReceivingWechatMessage;
import org.suqiu.intake.wechat.infrastructure.WechatProperties;
import org.suqiu.intake.wechat.infrastructure.WechatProtocol;
import org.suqiu.intake.wechat.model.WechatAccount;
import org.suqiu.intake.wechat.model.WechatRefusal;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Mono;

/**
 * {@code /wechat/{account}} (public; WeChat's signature protects it): GET answers the URL
 * verification, POST takes pushed messages and answers the passive reply — the tracking number,
 * a prompt, or {@code success} — within {@code reply-timeout} whatever the broker does (accepting
 * only stores; the relay publishes later). Refused pushes get 403 (signature, timestamp, nonce) or
 * 400 (XML, ciphertext, padding, appid).
 */
@RestController
public class WechatController {

    private static final Logger log = LoggerFactory.getLogger(WechatController.class);
    public static final String SUCCESS = "success";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final WechatProtocol protocol;
    private final ReceivingWechatMessage receiving;
    private final Map<String, WechatAccount> accounts;
    private final WechatProperties properties;

    public WechatController(WechatProtocol protocol, ReceivingWechatMessage receiving, WechatProperties properties) {
        this.protocol = protocol;
        this.receiving = receiving;
        this.accounts = properties.wechatAccounts();
        this.properties = properties;
    }

    @GetMapping(path = "/wechat/{account}", produces = MediaType.TEXT_PLAIN_VALUE)
    public ResponseEntity<String> verify(@PathVariable String account,
            @RequestParam(required = false) String signature,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(required = false) String echostr) {
        WechatAccount wechat = account(account);
        String answer = protocol.verifyUrl(wechat, new WechatProtocol.Query(signature, msgSignature, timestamp, nonce, null), echostr);
        return ResponseEntity.ok().contentType(TEXT).body(answer);
    }

    @PostMapping(path = "/wechat/{account}")
    public Mono<ResponseEntity<String>> push(@PathVariable String account,
            @RequestParam(required = false) String signature,
            @RequestParam(name = "msg_signature", required = false) String msgSignature,
            @RequestParam(required = false) String timestamp, @RequestParam(required = false) String nonce,
            @RequestParam(name = "encrypt_type", required = false) String encryptType,
            @RequestBody(required = false) String body) {
        WechatAccount wechat = account(account);
        if (body == null || body.isBlank()) {
            return Mono.error(new WechatRefusal("bad-xml", "the body is empty"));
        }
        WechatProtocol.Query query = new WechatProtocol.Query(signature, msgSignature, timestamp, nonce, encryptType);
        return protocol.open(wechat, query, body).flatMap(push -> {
            Mono<Optional<String>> handling = receiving.receive(wechat, push.message())
                    .map(Optional::of)
                    .defaultIfEmpty(Optional.empty())
                    .cache();
            // the work goes on after a timeout: the citizen's message is still kept, only the reply is plain "success"
            handling.subscribe(done -> { }, error -> log.warn("WeChat message {} failed: {}", push.message(), error.toString()));
            return handling
                    .timeout(properties.replyTimeout(), Mono.fromSupplier(() -> {
                        log.warn("WeChat message {} took longer than {}; answering success", push.message(), properties.replyTimeout());
                        return Optional.empty();
                    }))
                    .map(reply -> reply.isEmpty() ? ResponseEntity.ok().contentType(TEXT).body(SUCCESS)
                            : ResponseEntity.ok().contentType(XML).body(protocol.reply(wechat, push, reply.get())));
        });
    }

    @ExceptionHandler(WechatRefusal.class)
    public ResponseEntity<ProblemDetail> refused(WechatRefusal refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case "bad-signature", "stale-timestamp", "bad-timestamp", "replayed-nonce" -> HttpStatus.FORBIDDEN;
            default -> HttpStatus.BAD_REQUEST;
        };
        log.info("WeChat push refused: {}", refusal.reason());
        ProblemDetail problem = Problems.of(status, "wechat-" + refusal.reason(), "WeChat push refused", refusal.getMessage());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    public ResponseEntity<ProblemDetail> invalid(IllegalArgumentException e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "wechat-bad-message", "WeChat message refused", e.getMessage());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private WechatAccount account(String id) {
        WechatAccount account = accounts.get(id);
        if (account == null) {
            ResponseStatusException notFound = new ResponseStatusException(HttpStatus.NOT_FOUND, "No such WeChat account.");
            notFound.getBody().setType(URI.create(Problems.TYPE_BASE + "wechat-account-not-found"));
            throw notFound;
        }
        return account;
    }
}
