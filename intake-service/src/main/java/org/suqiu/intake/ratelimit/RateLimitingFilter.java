package org.suqiu.intake.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.suqiu.intake.open311.web.Open311Format;
import org.suqiu.platform.web.Problems;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits the public endpoints per client with Resilience4j rate limiters, one per group and
 * client, kept in a bounded Caffeine cache (a flood of new clients evicts old ones instead of
 * filling memory). Over the limit answers {@code 429} with {@code Retry-After}: problem+json, or
 * the Open311 error format under {@code /open311}. A {@code failuresOnly} group (tracking proofs)
 * lets requests through while the client has permits left and spends one per 404, so guessing
 * tracking numbers and codes is throttled while looking up one's own is not. Runs before security.
 */
public class RateLimitingFilter implements WebFilter, Ordered {

    /** Before Spring Security's filter chain (-100): a flood is turned away before any token is read. */
    public static final int ORDER = -200;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<LimitedGroup> groups = new ArrayList<>();
    private final boolean trustForwardedFor;

    public RateLimitingFilter(RateLimitProperties properties) {
        this.trustForwardedFor = properties.trustForwardedFor();
        for (Map.Entry<String, RateLimitProperties.Group> entry : properties.groups().entrySet()) {
            groups.add(new LimitedGroup(entry.getKey(), entry.getValue(), properties.maxClients()));
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        LimitedGroup group = groups.stream().filter(candidate -> candidate.matches(exchange)).findFirst().orElse(null);
        if (group == null) {
            return chain.filter(exchange);
        }
        return clientOf(exchange, group.settings.key()).flatMap(client -> {
            RateLimiter limiter = group.limiterOf(client);
            if (group.settings.failuresOnly()) {
                if (limiter.getMetrics().getAvailablePermissions() <= 0) {
                    return tooMany(exchange, limiter);
                }
                return chain.filter(exchange).doFinally(signal -> {
                    if (exchange.getResponse().getStatusCode() != null && exchange.getResponse().getStatusCode().value() == 404) {
                        limiter.acquirePermission();
                    }
                });
            }
            return limiter.acquirePermission() ? chain.filter(exchange) : tooMany(exchange, limiter);
        });
    }

    /** The client's api_key (Open311: query or form) when the group is keyed so, else its address. */
    private Mono<String> clientOf(ServerWebExchange exchange, RateLimitProperties.Key key) {
        if (key == RateLimitProperties.Key.API_KEY) {
            String inQuery = exchange.getRequest().getQueryParams().getFirst("api_key");
            if (inQuery != null && !inQuery.isBlank()) {
                return Mono.just("key:" + inQuery.strip());
            }
            MediaType type = exchange.getRequest().getHeaders().getContentType();
            if (type != null && MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
                // the exchange caches the parsed form: the handler reads the same one
                return exchange.getFormData().map(form -> {
                    String inForm = form.getFirst("api_key");
                    return inForm != null && !inForm.isBlank() ? "key:" + inForm.strip() : "ip:" + addressOf(exchange);
                });
            }
        }
        return Mono.just("ip:" + addressOf(exchange));
    }

    private String addressOf(ServerWebExchange exchange) {
        if (trustForwardedFor) {
            String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                String[] hops = forwarded.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "unknown";
        }
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }

    private static Mono<Void> tooMany(ServerWebExchange exchange, RateLimiter limiter) {
        long seconds = retryAfterSeconds(limiter);
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        response.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String path = exchange.getRequest().getPath().value();
        String detail = "Too many requests from this client: try again in " + seconds + " s.";
        byte[] body;
        if (path.startsWith("/open311/")) {
            ResponseEntity<byte[]> error = Open311Format.ofPath(path).error(HttpStatus.TOO_MANY_REQUESTS, detail);
            response.getHeaders().setContentType(error.getHeaders().getContentType());
            body = error.getBody();
        } else {
            response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", Problems.TYPE_BASE + "rate-limited");
            problem.put("title", "Too many requests");
            problem.put("status", 429);
            problem.put("detail", detail);
            body = JSON.writeValueAsBytes(problem);
        }
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    static long retryAfterSeconds(RateLimiter limiter) {
        long nanos = limiter instanceof AtomicRateLimiter atomic ? atomic.getDetailedMetrics().getNanosToWait()
                : limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }

    /** A configured group with its matchers and its limiters by client. */
    private static final class LimitedGroup {

        private final String name;
        private final RateLimitProperties.Group settings;
        private final List<Matcher> matchers = new ArrayList<>();
        private final RateLimiterConfig config;
        private final Cache<String, RateLimiter> limiters;

        LimitedGroup(String name, RateLimitProperties.Group settings, int maxClients) {
            this.name = name;
            this.settings = settings;
            for (String entry : settings.paths()) {
                String spec = entry.strip();
                int space = spec.indexOf(' ');
                HttpMethod method = space < 0 ? null : HttpMethod.valueOf(spec.substring(0, space).toUpperCase(Locale.ROOT));
                matchers.add(new Matcher(method, PathPatternParser.defaultInstance.parse(space < 0 ? spec : spec.substring(space + 1).strip())));
            }
            this.config = RateLimiterConfig.custom().limitForPeriod(settings.limit()).limitRefreshPeriod(settings.period())
                    .timeoutDuration(Duration.ZERO).build();
            this.limiters = Caffeine.newBuilder().maximumSize(maxClients)
                    .expireAfterAccess(settings.period().multipliedBy(2).plusMinutes(1)).build();
        }

        boolean matches(ServerWebExchange exchange) {
            PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
            return matchers.stream().anyMatch(matcher -> (matcher.method() == null || matcher.method().equals(exchange.getRequest().getMethod()))
                    && matcher.pattern().matches(path));
        }

        RateLimiter limiterOf(String client) {
            return limiters.get(client, key -> RateLimiter.of(name + "|" + key, config));
        }
    }

    private record Matcher(HttpMethod method, PathPattern pattern) {
    }
}
