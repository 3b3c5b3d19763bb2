package org.suqiu.identity.token.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.suqiu.identity.token.application.PasswordGrantAuthenticationToken;

/**
 * Reads a {@code grant_type=password} token request: {@code username}, {@code password} and an optional
 * {@code scope}, from the form body only, each once.
 */
public final class PasswordGrantAuthenticationConverter implements AuthenticationConverter {

    /** RFC 6749 §4.3.2; gone from Spring Security's constants with the grant. */
    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";
    private static final Set<String> OWN_PARAMETERS = Set.of(OAuth2ParameterNames.GRANT_TYPE, OAuth2ParameterNames.SCOPE,
            USERNAME, PASSWORD);

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!PasswordGrantAuthenticationToken.PASSWORD.getValue()
                .equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        // credentials in a URL end up in access logs and browser history
        if (inQueryString(request, PASSWORD) || inQueryString(request, USERNAME)) {
            throw invalidRequest("username and password belong in the form body, not the URL");
        }
        String username = required(request, USERNAME);
        String password = required(request, PASSWORD);
        Set<String> scopes = new LinkedHashSet<>();
        String scope = single(request, OAuth2ParameterNames.SCOPE);
        if (scope != null && !scope.isBlank()) {
            scopes.addAll(Arrays.asList(scope.strip().split("\\s+")));
        }
        Map<String, Object> additional = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!OWN_PARAMETERS.contains(name) && !name.startsWith("client_")) {
                additional.put(name, values.length == 1 ? values[0] : values);
            }
        });
        Authentication clientPrincipal = SecurityContextHolder.getContext().getAuthentication();
        return new PasswordGrantAuthenticationToken(clientPrincipal, username, password, scopes, additional);
    }

    private static String required(HttpServletRequest request, String name) {
        String value = single(request, name);
        if (value == null || value.isEmpty()) {
            throw invalidRequest("OAuth 2.0 Parameter: " + name);
        }
        return value;
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null) {
            return null;
        }
        if (values.length != 1) {
            throw invalidRequest("OAuth 2.0 Parameter: " + name + " (given more than once)");
        }
        return values[0];
    }

    private static boolean inQueryString(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        return Arrays.stream(query.split("&")).anyMatch(pair -> pair.equals(name) || pair.startsWith(name + "="));
    }

    private static OAuth2AuthenticationException invalidRequest(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, description, ERROR_URI));
    }
}
