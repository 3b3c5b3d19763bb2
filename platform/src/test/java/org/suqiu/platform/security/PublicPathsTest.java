package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

class PublicPathsTest {

    private final ServerWebExchangeMatcher open = PublicPaths.matcher(List.of("/open311/**", "POST /api/v1/submissions"));

    @Test
    void shouldAlwaysOpenActuatorHealthAndItsProbesButNotOtherEndpoints() {
        assertThat(matches(HttpMethod.GET, "/actuator/health")).isTrue();
        assertThat(matches(HttpMethod.GET, "/actuator/health/readiness")).isTrue();
        assertThat(matches(HttpMethod.GET, "/actuator/info")).isFalse();
        assertThat(PublicPaths.matcher(List.of()).matches(exchange(HttpMethod.GET, "/actuator/health/liveness")).block().isMatch()).isTrue();
    }

    @Test
    void shouldOpenConfiguredPatternsForEveryMethodOrOnlyTheOneNamed() {
        assertThat(matches(HttpMethod.GET, "/open311/v2/services.json")).isTrue();
        assertThat(matches(HttpMethod.POST, "/open311/v2/requests.json")).isTrue();
        assertThat(matches(HttpMethod.POST, "/api/v1/submissions")).isTrue();
        assertThat(matches(HttpMethod.GET, "/api/v1/submissions")).isFalse();
        assertThat(matches(HttpMethod.GET, "/api/v1/cases")).isFalse();
        assertThat(matches(HttpMethod.GET, "/open3110")).isFalse();
    }

    @Test
    void shouldRefuseEntriesItCannotRead() {
        assertThatThrownBy(() -> PublicPaths.matcher(List.of("open311/**"))).hasMessageContaining("must be '/path'");
        assertThatThrownBy(() -> PublicPaths.matcher(List.of("FETCH /x"))).hasMessageContaining("unknown HTTP method");
    }

    private boolean matches(HttpMethod method, String path) {
        return open.matches(exchange(method, path)).block().isMatch();
    }

    private static MockServerWebExchange exchange(HttpMethod method, String path) {
        return MockServerWebExchange.from(MockServerHttpRequest.method(method, path));
    }
}
