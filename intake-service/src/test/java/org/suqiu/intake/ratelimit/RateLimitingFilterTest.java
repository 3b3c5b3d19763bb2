package org.suqiu.intake.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;


class RateLimitingFilterTest {

    private static final Duration PERIOD = Duration.ofSeconds(1);

    private final RateLimitingFilter filter = new RateLimitingFilter(new RateLimitProperties(true, false, 1000, Map.of(
            "submissions", new RateLimitProperties.Group(List.of("POST /api/grievances"), 2, PERIOD,
                    RateLimitProperties.Key.REMOTE_ADDRESS, false),
            "proofs", new RateLimitProperties.Group(List.of("GET /api/grievances/*"), 2, PERIOD,
                    RateLimitProperties.Key.REMOTE_ADDRESS, true),
            "open311", new RateLimitProperties.Group(List.of("POST /open311/**"), 1, PERIOD,
                    RateLimitProperties.Key.API_KEY, false))));

    private static MockServerWebExchange post(String path, String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.post(path).remoteAddress(new InetSocketAddress(address, 40000)));
    }

    private static HttpStatus run(RateLimitingFilter filter, MockServerWebExchange exchange, HttpStatus answer) {
        WebFilterChain chain = ex -> {
            ex.getResponse().setStatusCode(answer);
            return ex.getResponse().setComplete();
        };
        filter.filter(exchange, chain).block();
        return HttpStatus.valueOf(exchange.getResponse().getStatusCode().value());
    }

    @Test
    void shouldAnswer429WithRetryAfterOverTheLimitAndLetTheClientInAgainAfterThePeriod() {
        assertThat(run(filter, post("/api/grievances", "10.0.0.1"), HttpStatus.ACCEPTED)).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(run(filter, post("/api/grievances", "10.0.0.1"), HttpStatus.ACCEPTED)).isEqualTo(HttpStatus.ACCEPTED);

        MockServerWebExchange refused = post("/api/grievances", "10.0.0.1");
        assertThat(run(filter, refused, HttpStatus.ACCEPTED)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(refused.getResponse().getHeaders().getFirst("Retry-After")).matches("[1-9]\\d*");
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getBodyAsString().block()).contains("\"status\":429", "rate-limited");

        assertThat(run(filter, post("/api/grievances", "10.0.0.2"), HttpStatus.ACCEPTED))
                .as("another client has its own limit").isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(5)).until(() -> run(filter, post("/api/grievances", "10.0.0.1"), HttpStatus.ACCEPTED)
                == HttpStatus.ACCEPTED);
    }

    @Test
    void shouldThrottleWrongTrackingProofsButNotSuccessfulLookups() {
        for (int i = 0; i < 5; i++) {
            assertThat(run(filter, MockServerWebExchange.from(MockServerHttpRequest.get("/api/grievances/SQ20261122AAAAAA")
                    .remoteAddress(new InetSocketAddress("10.0.0.3", 1))), HttpStatus.OK)).isEqualTo(HttpStatus.OK);
        }
        run(filter, MockServerWebExchange.from(MockServerHttpRequest.get("/api/grievances/SQ20261122AAAAAA")
                .remoteAddress(new InetSocketAddress("10.0.0.3", 1))), HttpStatus.NOT_FOUND);
        run(filter, MockServerWebExchange.from(MockServerHttpRequest.get("/api/grievances/SQ20261122AAAAAB")
                .remoteAddress(new InetSocketAddress("10.0.0.3", 1))), HttpStatus.NOT_FOUND);

        MockServerWebExchange guessing = MockServerWebExchange.from(MockServerHttpRequest.get("/api/grievances/SQ20261122AAAAAC")
                .remoteAddress(new InetSocketAddress("10.0.0.3", 1)));
        assertThat(run(filter, guessing, HttpStatus.NOT_FOUND)).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(guessing.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void shouldKeyOpen311ReportsByApiKeyAndAnswerInTheOpen311ErrorFormat() {
        MockServerWebExchange first = MockServerWebExchange.from(MockServerHttpRequest.post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).remoteAddress(new InetSocketAddress("10.0.0.4", 1))
                .body("api_key=partner-a&service_code=x"));
        assertThat(run(filter, first, HttpStatus.CREATED)).isEqualTo(HttpStatus.CREATED);

        MockServerWebExchange second = MockServerWebExchange.from(MockServerHttpRequest.post("/open311/v2/requests.xml")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).remoteAddress(new InetSocketAddress("10.0.0.5", 1))
                .body("api_key=partner-a&service_code=y"));
        assertThat(run(filter, second, HttpStatus.CREATED)).as("same key from another address").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        String body = second.getResponse().getBodyAsString().block();
        assertThat(body).contains("<errors>", "<code>429</code>");
        assertThat(second.getResponse().getHeaders().getContentType().toString()).startsWith("text/xml");

        MockServerWebExchange otherKey = MockServerWebExchange.from(MockServerHttpRequest.post("/open311/v2/requests.json")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).remoteAddress(new InetSocketAddress("10.0.0.5", 1))
                .body("api_key=partner-b"));
        assertThat(run(filter, otherKey, HttpStatus.CREATED)).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void shouldTakeTheClientFromXForwardedForOnlyWhenTrusted() {
        RateLimitProperties.Group one = new RateLimitProperties.Group(List.of("POST /api/grievances"), 1, Duration.ofMinutes(1),
                RateLimitProperties.Key.REMOTE_ADDRESS, false);
        RateLimitingFilter trusting = new RateLimitingFilter(new RateLimitProperties(true, true, 10, Map.of("g", one)));
        RateLimitingFilter distrusting = new RateLimitingFilter(new RateLimitProperties(true, false, 10, Map.of("g", one)));

        for (RateLimitingFilter f : List.of(trusting, distrusting)) {
            run(f, MockServerWebExchange.from(MockServerHttpRequest.post("/api/grievances").header("X-Forwarded-For", "1.1.1.1")
                    .remoteAddress(new InetSocketAddress("10.0.0.9", 1))), HttpStatus.ACCEPTED);
        }
        HttpStatus viaTrusting = run(trusting, MockServerWebExchange.from(MockServerHttpRequest.post("/api/grievances")
                .header("X-Forwarded-For", "2.2.2.2").remoteAddress(new InetSocketAddress("10.0.0.9", 1))), HttpStatus.ACCEPTED);
        HttpStatus viaDistrusting = run(distrusting, MockServerWebExchange.from(MockServerHttpRequest.post("/api/grievances")
                .header("X-Forwarded-For", "2.2.2.2").remoteAddress(new InetSocketAddress("10.0.0.9", 1))), HttpStatus.ACCEPTED);

        assertThat(viaTrusting).as("a new client behind the trusted proxy").isEqualTo(HttpStatus.ACCEPTED);
        assertThat(viaDistrusting).as("the header is ignored: same address, same client").isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }
}
