package org.suqiu.platform.security;

import java.net.URI;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.suqiu.platform.web.Problems;

import reactor.core.publisher.Mono;

/**
 * Refusals as RFC 9457 problem+json in the platform's style: 401 {@code unauthenticated} (no
 * token) or {@code invalid-token} (bad, expired, foreign, wrong audience), each with an RFC 6750
 * {@code WWW-Authenticate: Bearer} header; 403 {@code forbidden}; 503
 * {@code identity-provider-unavailable} when the issuer's keys cannot be fetched.
 */
public class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecurityProblems.class);
    static final String RETRY_AFTER_SECONDS = "5";

    private final ServerCodecConfigurer codecs;

    public SecurityProblems(ServerCodecConfigurer codecs) {
        this.codecs = codecs;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (failure instanceof AuthenticationServiceException) {
            log.warn("Cannot validate bearer tokens: {}", failure.getMessage());
            response.getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return write(exchange, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-provider-unavailable",
                    "Temporarily unavailable", "The service cannot check tokens right now. Try again shortly."));
        }
        if (failure instanceof OAuth2AuthenticationException oauth && oauth.getError() instanceof BearerTokenError error) {
            String description = firstText(failure.getMessage(), error.getDescription(), "The token is not valid.");
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearer(error.getErrorCode(), description));
            HttpStatus status = error.getHttpStatus() == HttpStatus.BAD_REQUEST ? HttpStatus.BAD_REQUEST : HttpStatus.UNAUTHORIZED;
            return write(exchange, Problems.of(status, "invalid-token", "Invalid token", description));
        }
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required",
                "This endpoint needs a valid bearer token."));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, bearer("insufficient_scope",
                "The request requires higher privileges than provided by the access token."));
        return write(exchange, Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your roles do not allow this action."));
    }

    private Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        ResolvableType type = ResolvableType.forClass(ProblemDetail.class);
        return codecs.getWriters().stream()
                .filter(writer -> writer.canWrite(type, MediaType.APPLICATION_PROBLEM_JSON))
                .findFirst()
                .map(writer -> write(writer, problem, type, exchange))
                .orElseGet(response::setComplete);
    }

    @SuppressWarnings("unchecked")
    private static Mono<Void> write(HttpMessageWriter<?> writer, ProblemDetail problem, ResolvableType type,
                                    ServerWebExchange exchange) {
        return ((HttpMessageWriter<ProblemDetail>) writer).write(Mono.just(problem), type,
                MediaType.APPLICATION_PROBLEM_JSON, exchange.getResponse(), Map.of());
    }

    private static String firstText(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }

    private static String bearer(String error, String description) {
        return "Bearer error=\"" + headerSafe(error) + "\", error_description=\"" + headerSafe(description) + "\"";
    }

    /** Header values are ASCII; quotes would end the parameter early. */
    private static String headerSafe(String value) {
        StringBuilder safe = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            safe.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : ' ');
        }
        return safe.toString().strip();
    }
}
