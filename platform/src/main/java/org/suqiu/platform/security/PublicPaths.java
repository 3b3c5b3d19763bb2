package org.suqiu.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/** The requests open without a token: actuator health always, plus {@code suqiu.security.public-paths}. */
final class PublicPaths {

    static final List<String> ALWAYS = List.of("/actuator/health", "/actuator/health/**");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private PublicPaths() {
    }

    /** A matcher for {@code /path/**} and {@code METHOD /path/**} entries (path patterns as WebFlux reads them). */
    static ServerWebExchangeMatcher matcher(List<String> configured) {
        List<ServerWebExchangeMatcher> matchers = new ArrayList<>();
        matchers.add(ServerWebExchangeMatchers.pathMatchers(ALWAYS.toArray(String[]::new)));
        for (String entry : configured) {
            String spec = entry == null ? "" : entry.strip();
            int space = spec.indexOf(' ');
            if (space < 0) {
                matchers.add(ServerWebExchangeMatchers.pathMatchers(path(spec, entry)));
                continue;
            }
            String method = spec.substring(0, space).toUpperCase(java.util.Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException("suqiu.security.public-paths: unknown HTTP method in '" + entry + "'");
            }
            matchers.add(ServerWebExchangeMatchers.pathMatchers(HttpMethod.valueOf(method), path(spec.substring(space + 1).strip(), entry)));
        }
        return new OrServerWebExchangeMatcher(matchers);
    }

    private static String path(String path, String entry) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("suqiu.security.public-paths: '" + entry + "' must be '/path' or 'METHOD /path'");
        }
        return path;
    }
}
