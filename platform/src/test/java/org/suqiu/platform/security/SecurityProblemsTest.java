package org.suqiu.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

class SecurityProblemsTest {

    private final SecurityProblems problems = new SecurityProblems(ServerCodecConfigurer.create());

    @Test
    void shouldAnswerAMissingTokenWith401ProblemAndABareBearerChallenge() {
        MockServerWebExchange exchange = exchange();

        problems.commence(exchange, new InsufficientAuthenticationException("none")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://suqiu.org/problems/unauthenticated\"", "\"status\":401", "\"instance\":\"/api/cases/c-1\"");
    }

    @Test
    void shouldAnswerAnInvalidTokenWith401ProblemAndAnInvalidTokenChallenge() {
        MockServerWebExchange exchange = exchange();

        problems.commence(exchange, new InvalidBearerTokenException("Jwt expired at 2026-11-22T02:10:00Z")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .isEqualTo("Bearer error=\"invalid_token\", error_description=\"Jwt expired at 2026-11-22T02:10:00Z\"");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("https://suqiu.org/problems/invalid-token");
    }

    @Test
    void shouldAnswer503WhenTheIssuersKeysCannotBeFetched() {
        MockServerWebExchange exchange = exchange();

        problems.commence(exchange, new AuthenticationServiceException("Connection refused")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("identity-provider-unavailable");
    }

    @Test
    void shouldAnswerADeniedRequestWith403Problem() {
        MockServerWebExchange exchange = exchange();

        problems.handle(exchange, new AccessDeniedException("no")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer error=\"insufficient_scope\"");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"https://suqiu.org/problems/forbidden\"", "\"status\":403");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/cases/c-1"));
    }
}
