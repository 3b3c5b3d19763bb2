package org.suqiu.intake.wechat.infrastructure;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.suqiu.intake.wechat.application.Pictures;

import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Fetches pictures over HTTP(S) from the hosts WeChat serves them from (configurable: a
 * {@code PicUrl} is signed by WeChat, but we still refuse to fetch from anywhere else), with a
 * timeout that leaves the passive reply inside WeChat's 5 seconds.
 */
public class HttpPictures implements Pictures {

    private final WebClient.Builder builder;
    private final Set<String> hosts;
    private final Duration timeout;

    public HttpPictures(Set<String> hosts, Duration timeout) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE))
                .responseTimeout(timeout)
                .followRedirect(false);
        this.builder = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http));
        this.hosts = Set.copyOf(hosts);
        this.timeout = timeout;
    }

    @Override
    public Mono<Picture> fetch(String url, long maxBytes) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return Mono.error(new IllegalArgumentException("PicUrl is not a URL"));
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || !hosts.contains(uri.getHost())) {
            return Mono.error(new IllegalArgumentException("PicUrl host is not an allowed picture host"));
        }
        int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 1);
        return builder.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(limit)).build()
                .get().uri(uri).retrieve()
                .toEntity(byte[].class)
                .timeout(timeout)
                .onErrorMap(e -> e instanceof DataBufferLimitException || e.getCause() instanceof DataBufferLimitException,
                        e -> new TooLarge())
                .flatMap(entity -> {
                    byte[] body = entity.getBody() == null ? new byte[0] : entity.getBody();
                    if (body.length > maxBytes) {
                        return Mono.error(new TooLarge());
                    }
                    MediaType type = entity.getHeaders().getContentType();
                    return Mono.just(new Picture(body, type == null ? "image/jpeg" : type.toString()));
                });
    }
}
