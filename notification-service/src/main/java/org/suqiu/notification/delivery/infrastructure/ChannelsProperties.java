package org.suqiu.notification.delivery.infrastructure;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suqiu.notification.channels}: the providers (SMS gateway, SMTP sender, WeChat official
 * account) and, per channel, its Resilience4j settings. A disabled channel has no sender: its
 * deliveries fail over to the recipient's next channel.
 */
@ConfigurationProperties("suqiu.notification.channels")
public record ChannelsProperties(@DefaultValue Sms sms, @DefaultValue Email email, @DefaultValue WeChat wechat) {

    /**
     * The SMS gateway (JSON over HTTP, modelled on Aliyun/Tencent SMS; protocol in the README).
     *
     * @param alertTemplate  template code of staff alerts (params trackingNo, kind, level, step, unit, round)
     * @param answerTemplate template code of citizens' answers (params trackingNo, answer, link)
     */
    public record Sms(@DefaultValue("false") boolean enabled, URI baseUrl, String accessKeyId, String accessKeySecret,
            @DefaultValue("嘉兴12345") String signName, @DefaultValue("SMS_ALERT") String alertTemplate,
            @DefaultValue("SMS_ANSWER") String answerTemplate, @DefaultValue Resilience resilience) {
    }

    /**
     * E-mail over SMTP ({@code spring.mail.*} configures the server).
     *
     * @param from            the sender address
     * @param messageIdDomain the right-hand side of the Message-IDs we generate (from the delivery id)
     */
    public record Email(@DefaultValue("false") boolean enabled, @DefaultValue("noreply@suqiu.example") String from,
            @DefaultValue("suqiu.example") String messageIdDomain, @DefaultValue Resilience resilience) {
    }

    /**
     * A WeChat official account: template messages to staff, customer-service messages to citizens.
     *
     * @param baseUrl         https://api.weixin.qq.com in production
     * @param alertTemplateId the template of staff alerts (fields first, keyword1, keyword2, remark)
     */
    public record WeChat(@DefaultValue("false") boolean enabled, @DefaultValue("https://api.weixin.qq.com") URI baseUrl,
            String appId, String appSecret, String alertTemplateId, @DefaultValue Resilience resilience) {
    }

    /**
     * One channel's protection: a call times out after {@code timeout}; is tried {@code maxAttempts}
     * times in all with exponential back-off from {@code backoff} and 50 % jitter; the breaker opens
     * when {@code failureRate} % of the last {@code window} calls (at least {@code minimumCalls})
     * failed and stays open {@code openFor}; at most {@code maxConcurrent} calls at once; at most
     * {@code perSecond} calls a second (the provider's rate limit).
     */
    public record Resilience(@DefaultValue("5s") Duration timeout, @DefaultValue("3") int maxAttempts,
            @DefaultValue("500ms") Duration backoff, @DefaultValue("50") float failureRate,
            @DefaultValue("10") int window, @DefaultValue("5") int minimumCalls, @DefaultValue("30s") Duration openFor,
            @DefaultValue("8") int maxConcurrent, @DefaultValue("20") int perSecond) {
    }
}
